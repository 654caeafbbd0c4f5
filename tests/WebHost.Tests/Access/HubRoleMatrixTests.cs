using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Orchestrator.WebHost.Tests.Infrastructure;
using static Orchestrator.WebHost.Tests.Access.AccessRoleKind;

namespace Orchestrator.WebHost.Tests.Access;

[Collection(ServerCollection.Name)]
public sealed class HubRoleMatrixTests(ServerFixture fixture)
{
    private static readonly AccessRoleKind[] EditionWatchers = [Admin, LeadOfThisMission, LeadOfAnotherMission, ViewerOfThisEdition];

    /// <summary>Every role on the live hub: no token cannot connect; JoinEdition only for the edition's readers.</summary>
    [Fact]
    public async Task JoinEdition_ForEveryRole_AnswersAsTheRoleAllows()
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

            string outcome;
            try
            {
                await hub.InvokeAsync<object>("JoinEdition", world.EditionId);
                outcome = "joined";
            }
            catch (HubException)
            {
                outcome = "refused";
            }

            var expected = EditionWatchers.Contains(role) ? "joined" : "refused";
            if (outcome != expected)
            {
                failures.Add($"JoinEdition as {role}: expected {expected}, got {outcome}");
            }

            await hub.InvokeAsync("LeaveEdition", world.EditionId);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
