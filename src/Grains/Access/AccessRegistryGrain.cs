using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Access;

internal sealed class AccessRegistryGrain(
    [PersistentState("access-registry", StorageNames.Orchestrator)] IPersistentState<AccessRegistryState> state) : Grain, IAccessRegistryGrain
{
    public async Task Record(IssuedToken token)
    {
        var superseded = AccessLedger.Record(state.State.Tokens, token);
        await state.WriteStateAsync();
        await Task.WhenAll(superseded.Select(t => GrainFactory.GetGrain<IAccessTokenGrain>(t.TokenHash).Revoke()));
    }

    public async Task RecordMany(IReadOnlyList<IssuedToken> tokens)
    {
        var superseded = tokens.SelectMany(t => AccessLedger.Record(state.State.Tokens, t)).ToList();
        await state.WriteStateAsync();
        await Task.WhenAll(superseded.Select(t => GrainFactory.GetGrain<IAccessTokenGrain>(t.TokenHash).Revoke()));
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
        return true;
    }
}
