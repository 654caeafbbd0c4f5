using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Survey;

public static class SurveyCalls
{
    /// <summary>Invites respondents by hand ("role" or "role:name"); returns them as the API answered.</summary>
    public static async Task<JsonArray> Invite(HttpClient admin, string editionId, params string[] people)
    {
        var respondents = people.Select(p => p.Split(':') is [var role, var name] ? (object)new { role, name } : new { role = p }).ToArray();
        var body = await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{editionId}/survey/respondents", new { respondents }), 201);
        return body["respondents"]!.AsArray();
    }

    public static Task<HttpResponseMessage> Answer(HttpClient respondent, string editionId, int nps, int satisfaction, string? comment = null, object? extra = null) =>
        respondent.PutAsJsonAsync($"/api/editions/{editionId}/survey/responses/mine", new { answers = new { nps, satisfaction, comment, extra } });
}
