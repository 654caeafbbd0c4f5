using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Operations;

/// <summary>A viewer token of a fresh edition: the least privileged authenticated caller.</summary>
public static class ViewerTokens
{
    public static async Task<string> OfNewEdition(HttpClient admin, string prefix)
    {
        var editionId = ApiCalls.NewId(prefix);
        await ApiCalls.CreateEdition(admin, editionId);
        return (string)(await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/viewer-tokens", null), 201))["token"]!;
    }
}
