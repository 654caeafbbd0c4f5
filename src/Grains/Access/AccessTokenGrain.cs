using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Access;

internal sealed class AccessTokenGrain(
    [PersistentState("access-token", StorageNames.Orchestrator)] IPersistentState<AccessTokenState> state) : Grain, IAccessTokenGrain
{
    public async Task Issue(AccessGrant grant)
    {
        if (state.State.Grant is not null)
        {
            throw DomainRuleException.Conflict("This token was already issued.");
        }

        state.State.Grant = grant;
        await this.WriteOrDeactivateAsync(state);
    }

    public Task<AccessGrant?> Get() => Task.FromResult(state.State.Grant);

    public async Task Revoke()
    {
        if (state.State.Grant is { Revoked: false } grant)
        {
            state.State.Grant = grant with { Revoked = true };
            await this.WriteOrDeactivateAsync(state);
        }
    }
}
