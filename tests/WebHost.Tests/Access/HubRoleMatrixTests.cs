using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Orchestrator.WebHost.Tests.Infrastructure;
using static Orchestrator.WebHost.Tests.Access.AccessRoleKind;

namespace Orchestrator.WebHost.Tests.Access;

[Collection(ServerCollection.Name)]
public sealed class HubRoleMatrixTests(ServerFixture fixture)
{
    private static readonly AccessRoleKind[] EditionWatchers = [Admin, LeadOfThisMission, LeadOfAnotherMission, ViewerOfThisEdition];
    private static readonly AccessRoleKind[] MissionWatchers = [.. EditionWatchers, TeamOfThisMission];

    /// <summary>
    /// Every role on the live hub: no token cannot connect; JoinEdition only for the edition's readers,
    /// JoinMission only for the mission's readers.
    /// </summary>
    [Fact]
    public async Task HubMethods_ForEveryRole_AnswerAsTheRoleAllows()
    {
        var world = await AccessWorld.Create(fixture.Server);
        var failures = new List<string>();
        foreach (var role in Enum.GetValues<AccessRoleKind>())
        {
            var token = RoleTokens.For(world, role);
            await using var hub = fixture.Server.Hub(token ?? "");
            try
            {
                await hub.StartAsync();
            }
            catch (HttpRequestException) when (role == Anonymous)
            {
                continue;
            }

            if (role == Anonymous)
            {
                failures.Add("Anonymous connected to the hub.");
                continue;
            }

            await Expect(failures, role, "JoinEdition", EditionWatchers.Contains(role), () => hub.InvokeAsync<object>("JoinEdition", world.EditionId));
            await Expect(failures, role, "JoinMission", MissionWatchers.Contains(role), () => hub.InvokeAsync<object>("JoinMission", world.EditionId, world.MissionId));

            await hub.InvokeAsync("LeaveEdition", world.EditionId);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task Expect(List<string> failures, AccessRoleKind role, string method, bool allowed, Func<Task> invoke)
    {
        string outcome;
        try
        {
            await invoke();
            outcome = "joined";
        }
        catch (HubException)
        {
            outcome = "refused";
        }

        var expected = allowed ? "joined" : "refused";
        if (outcome != expected)
        {
            failures.Add($"{method} as {role}: expected {expected}, got {outcome}");
        }
    }
}
