using CsvHelper;

namespace Orchestrator.WebHost.Tests.Survey;

/// <summary>Reads a CSV answer with a real CSV parser (CsvHelper, RFC 4180 mode), as a spreadsheet import would.</summary>
public static class SurveySheet
{
    public static async Task<List<Dictionary<string, string>>> Read(HttpResponseMessage response)
    {
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        await using var csv = CsvReader.Create(await response.Content.ReadAsStreamAsync(), null, false);
        var rows = new List<Dictionary<string, string>>();
        while (await csv.ReadAsync())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in csv.Headers)
            {
                row[name.TrimStart('\uFEFF')] = csv.GetString(name);
            }

            rows.Add(row);
        }

        return rows;
    }
}
