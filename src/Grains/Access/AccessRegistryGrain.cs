using Microsoft.Extensions.Logging;
using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Access;

internal sealed partial class AccessRegistryGrain(
    [PersistentState("access-registry", StorageNames.Orchestrator)] IPersistentState<AccessRegistryState> state,
    ILogger<AccessRegistryGrain> logger) : Grain, IAccessRegistryGrain
{
    public async Task Record(IssuedToken token, bool keepTeamLinks = false)
    {
        var superseded = AccessLedger.Record(state.State.Tokens, token, keepTeamLinks);
        await state.WriteStateAsync();
        await RevokeEverywhere(superseded);
    }

    public Task EnsureRoomForTeamLink(string missionId)
    {
        AccessLedger.EnsureRoomForTeamLink(state.State.Tokens, missionId);
        return Task.CompletedTask;
    }

    public async Task RecordMany(IReadOnlyList<IssuedToken> tokens)
    {
        var superseded = tokens.SelectMany(t => AccessLedger.Record(state.State.Tokens, t)).ToList();
        await state.WriteStateAsync();
        await RevokeEverywhere(superseded);
    }

    public async Task<bool> Revoke(string tokenId)
    {
        var token = AccessLedger.Revoke(state.State.Tokens, tokenId);
        if (token is null)
        {
            return false;
        }

        // The token grain first: once it says revoked, no host lets the token in.
        await GrainFactory.GetGrain<IAccessTokenGrain>(token.TokenHash).Revoke();
        await state.WriteStateAsync();
        await TellHosts([token.TokenId]);
        return true;
    }

    public Task<IReadOnlyList<IssuedToken>> List() =>
        Task.FromResult<IReadOnlyList<IssuedToken>>([.. state.State.Tokens.Values.OrderBy(t => t.IssuedAt).ThenBy(t => t.TokenId, StringComparer.Ordinal)]);

    public Task<bool> IsActive(string tokenId) =>
        Task.FromResult(state.State.Tokens.TryGetValue(tokenId, out var token) && !token.Revoked);

    private async Task RevokeEverywhere(IReadOnlyList<IssuedToken> revoked)
    {
        if (revoked.Count == 0)
        {
            return;
        }

        await Task.WhenAll(revoked.Select(t => GrainFactory.GetGrain<IAccessTokenGrain>(t.TokenHash).Revoke()));
        await TellHosts([.. revoked.Select(t => t.TokenId)]);
    }

    /// <summary>
    /// Every web host closes the live connections opened with these tokens. One-way: a host that misses the
    /// notice still refuses the token at its next hub call (it re-checks it) and at every request.
    /// </summary>
    private async Task TellHosts(IReadOnlyList<string> tokenIds)
    {
        try
        {
            foreach (var observer in await GrainFactory.GetGrain<ILiveHostRegistryGrain>(0).GetObservers())
            {
                _ = observer.OnTokensRevoked(tokenIds);
            }
        }
        catch (Exception ex)
        {
            LogRevocationNoticeFailed(logger, ex, this.GetPrimaryKeyString(), tokenIds.Count);
        }
    }

    [LoggerMessage(EventId = GrainEvents.RevocationNoticeFailed, Level = LogLevel.Warning,
        Message = "Telling the web hosts of {Count} revoked tokens of edition {EditionId} failed; they refuse them at the next hub call")]
    private static partial void LogRevocationNoticeFailed(ILogger logger, Exception exception, string editionId, int count);
}
