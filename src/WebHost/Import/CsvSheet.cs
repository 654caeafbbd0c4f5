using CsvHelper;

namespace Orchestrator.WebHost.Import;

/// <summary>
/// Reads CSV text (RFC 4180: quoted fields may hold the separator, doubled quotes and line breaks)
/// into records with CsvHelper. The separator is the one of <c>;</c> and <c>,</c> that splits the
/// header into more fields (<c>;</c> on a tie), so a sheet saved by a French spreadsheet (<c>;</c>)
/// and an English one (<c>,</c>) both work. Blank lines are skipped; each record keeps the line of
/// the file it starts on.
/// </summary>
public static class CsvSheet
{
    /// <summary>The records of <paramref name="text"/>; a quoted field never closed is reported by the line it opens on, and its record is left out.</summary>
    public static IReadOnlyList<CsvRecord> Read(string text, out int? unclosedQuoteLine)
    {
        var separator = HeaderFieldCount(text, ';') >= HeaderFieldCount(text, ',') ? ';' : ',';
        int? unclosed = null;
        var records = new List<CsvRecord>();
        using (var reader = CsvReader.FromText(text, Options(separator, r =>
        {
            if (r.Reason == CsvMalformedReason.UnterminatedQuote)
            {
                unclosed ??= (int)r.LineNumber;
            }
        })))
        {
            while (reader.Read())
            {
                var fields = new string[reader.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = reader[i].ToString();
                }

                if (fields.Length > 1 || fields[0].Trim().Length > 0)
                {
                    records.Add(new CsvRecord((int)reader.LineNumber, fields));
                }
            }
        }

        unclosedQuoteLine = unclosed;
        return unclosed is { } line ? records.Where(r => r.Line != line).ToList() : records;
    }

    private static int HeaderFieldCount(string text, char separator)
    {
        using var reader = CsvReader.FromText(text, Options(separator, null));
        return reader.Read() ? reader.FieldCount : 0;
    }

    private static CsvReaderOptions Options(char separator, Action<CsvMalformedRecord>? onMalformed) => new()
    {
        Separator = separator,
        HasHeader = false,
        TrackLineNumbers = true,
        TrimWhitespace = true,
        DetectSeparatorHint = false,
        OnMalformedRecord = onMalformed,
    };
}
