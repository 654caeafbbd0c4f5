namespace Orchestrator.WebHost.Realtime;

/// <summary>Notices that take something away: a revoked token's connections, an erased volunteer's name.</summary>
internal sealed partial class HubLiveObserver
{
    public Task OnTokensRevoked(IReadOnlyList<string> tokenIds)
    {
        connections.Close(tokenIds);
        return Task.CompletedTask;
    }

    public Task OnMemberErased(string editionId, string missionId, string memberId)
    {
        presence.Forget(editionId, missionId, memberId);
        return Task.CompletedTask;
    }
}
