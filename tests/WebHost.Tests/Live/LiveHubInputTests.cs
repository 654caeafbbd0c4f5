using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>The live hub's input filter: ids are checked before a method runs, and the refusal names the argument.</summary>
[Collection(LiveCollection.Name)]
public sealed class LiveHubInputTests(LiveServerFixture fixture)
{
    public static TheoryData<string, string?[], string> BadIds => new()
    {
        { "JoinEdition", ["Not A Slug"], "editionId" },
        { "JoinEdition", [null], "editionId" },
        // A slug pattern anchored with '$' lets a trailing newline through; the hub's ids end at \z.
        { "JoinEdition", ["edition\n"], "editionId" },
        { "JoinMission", ["edition-x", "mission/1"], "missionId" },
        { "JoinMission", ["edition x", "mission-1"], "editionId" },
        { "AnnouncePresence", ["edition-x", "mission-1", "Awa Diallo"], "memberId" },
    };

    [Theory]
    [MemberData(nameof(BadIds))]
    public async Task HubInput_IdNotASlug_RefusedNamingTheArgument(string method, string?[] arguments, string argument)
    {
        await using var screen = await LiveScreen.Connect(fixture.Server);

        var refused = await Assert.ThrowsAsync<HubException>(() => screen.Connection.InvokeCoreAsync(method, typeof(JsonElement), arguments));

        Assert.Contains($"{argument} must be a slug: a-z, 0-9 and '-'.", refused.Message, StringComparison.Ordinal);
        Assert.Equal(HubConnectionState.Connected, screen.Connection.State);
    }

    /// <summary>A nullable id ("nobody in particular") may be null: the filter lets it through to the method's own rule.</summary>
    [Fact]
    public async Task HubInput_NullMemberId_ReachesTheMethod()
    {
        await using var screen = await LiveScreen.Connect(fixture.Server);

        var refused = await Assert.ThrowsAsync<HubException>(() => screen.Connection.InvokeAsync("AnnouncePresence", "edition-x", "mission-1", (string?)null));

        Assert.Contains("Call JoinMission with this mission's team or lead link first.", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>Rights come after the ids' shape: a viewer asking for another edition is refused for its rights.</summary>
    [Fact]
    public async Task HubInput_ViewerOfAnotherEdition_RefusedForItsRights()
    {
        using var admin = fixture.Server.Client();
        var editionId = ApiCalls.NewId("hub-input");
        await ApiCalls.CreateEdition(admin, editionId);
        var viewer = (string)(await ApiCalls.Json(await admin.PostAsync($"/api/editions/{editionId}/viewer-tokens", null), 201))["token"]!;
        await using var screen = await LiveScreen.Connect(fixture.Server, viewer);

        var refused = await Assert.ThrowsAsync<HubException>(() => screen.Connection.InvokeAsync<JsonElement>("JoinEdition", "another-edition"));

        Assert.Contains("This token may not watch that edition.", refused.Message, StringComparison.Ordinal);
    }
}
