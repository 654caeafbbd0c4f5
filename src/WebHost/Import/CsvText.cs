using System.Text;

namespace Orchestrator.WebHost.Import;

/// <summary>
/// Splits CSV text (RFC 4180: quoted fields may hold the separator, doubled quotes and line breaks)
/// into records. The separator is the one of <c>;</c> and <c>,</c> that the header line uses most, so a
/// sheet saved by a French spreadsheet (<c>;</c>) and an English one (<c>,</c>) both work.
/// </summary>
public static class CsvText
{
    public static char DetectSeparator(string text)
    {
        var semicolons = 0;
        var commas = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
        }

        return semicolons >= commas ? ';' : ',';
    }

    /// <summary>The records of <paramref name="text"/>; blank lines are skipped. An unclosed quote is reported in <paramref name="error"/>.</summary>
    public static IReadOnlyList<CsvRecord> Read(string text, char separator, out CsvRecord? unclosedQuote)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var fieldStarted = false;
        unclosedQuote = null;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            fieldStarted = false;
        }

        void EndRecord()
        {
            EndField();
            if (fields.Count > 1 || fields[0].Trim().Length > 0)
            {
                records.Add(new CsvRecord(recordLine, fields.ToList()));
            }

            fields.Clear();
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && !fieldStarted && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                quoted = true;
                fieldStarted = true;
            }
            else if (c == separator)
            {
                EndField();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndRecord();
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
                if (!char.IsWhiteSpace(c))
                {
                    fieldStarted = true;
                }
            }
        }

        if (quoted)
        {
            unclosedQuote = new CsvRecord(recordLine, []);
        }
        else if (field.Length > 0 || fields.Count > 0)
        {
            EndRecord();
        }

        return records;
    }
}
