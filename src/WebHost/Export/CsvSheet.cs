using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Orchestrator.WebHost.Export;

/// <summary>
/// Writes an RFC 4180 sheet: comma-separated, CRLF rows, a field quoted when it holds a quote, a comma,
/// a semicolon or a line break (quotes doubled), so free text comes back verbatim. A text cell that a
/// spreadsheet would run as a formula (starting with <c>=</c> <c>+</c> <c>-</c> <c>@</c>, a tab or a carriage
/// return) is prefixed with <c>'</c> (OWASP's advice on CSV injection); numbers are written as numbers.
/// Starts with a UTF-8 byte order mark so spreadsheets read accents right.
/// </summary>
public sealed class CsvSheet
{
    public const string ContentType = "text/csv; charset=utf-8";

    private readonly StringBuilder _text = new("\uFEFF");
    private bool _rowStarted;

    public CsvSheet Text(string? value)
    {
        var cell = value ?? "";
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            cell = "'" + cell;
        }

        return Cell(cell.IndexOfAny(['"', ',', ';', '\n', '\r']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell);
    }

    public CsvSheet Number(decimal? value) => Cell(value?.ToString(CultureInfo.InvariantCulture) ?? "");

    public CsvSheet Number(int value) => Cell(value.ToString(CultureInfo.InvariantCulture));

    public CsvSheet Date(DateTimeOffset? value) => Cell(value?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "");

    public CsvSheet Header(params string[] names)
    {
        foreach (var name in names)
        {
            Text(name);
        }

        return EndRow();
    }

    public CsvSheet EndRow()
    {
        _text.Append("\r\n");
        _rowStarted = false;
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>The sheet as a file the browser saves under <paramref name="fileName"/>.</summary>
    public ContentHttpResult AsDownload(HttpResponse response, string fileName)
    {
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        return TypedResults.Content(ToString(), ContentType);
    }

    private CsvSheet Cell(string raw)
    {
        if (_rowStarted)
        {
            _text.Append(',');
        }

        _text.Append(raw);
        _rowStarted = true;
        return this;
    }
}
