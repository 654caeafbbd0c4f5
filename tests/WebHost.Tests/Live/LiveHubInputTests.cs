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

    /// <summary>Every hub method, every id argument: control characters and line ends anywhere (a trailing one included) are refused.</summary>
    public static TheoryData<string, int, string> IdsWithControlCharacters()
    {
        var cases = new TheoryData<string, int, string>();
        foreach (var method in typeof(Orchestrator.WebHost.Hubs.LiveHub).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly))
        {
            foreach (var parameter in method.GetParameters().Where(p => p.IsDefined(typeof(Orchestrator.WebHost.Hubs.SlugAttribute), false)))
            {
                foreach (var bad in new[] { "edition\n", "edition\r\n", "edi\ntion", "edition\t", "edition\u0000", "\u001bedition", "edition\u0085", "edition\u2028" })
                {
                    cases.Add(method.Name, parameter.Position, bad);
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(IdsWithControlCharacters))]
    public async Task HubInput_IdWithControlCharacters_RefusedOnEveryMethod(string method, int position, string bad)
    {
        var parameters = typeof(Orchestrator.WebHost.Hubs.LiveHub).GetMethod(method)!.GetParameters();
        var arguments = parameters.Select(p => p.Position == position ? bad : (object?)"edition-x").ToArray();
        await using var screen = await LiveScreen.Connect(fixture.Server);

        var refused = await Assert.ThrowsAsync<HubException>(() => screen.Connection.InvokeCoreAsync(method, typeof(JsonElement), arguments));

        Assert.Contains($"{parameters[position].Name} must be a slug", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HubInput_EveryMethodWithAnIdArgument_IsCovered() =>
        Assert.True(IdsWithControlCharacters().Count >= 8 * 6, "The hub lost its [Slug] arguments: every id argument must be checked.");

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
