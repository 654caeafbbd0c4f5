using Orchestrator.Grains.Interfaces.Access;

namespace Orchestrator.WebHost.Auth;

/// <summary>Creates a token, stores its grant under the token's hash, and hands the token out once.</summary>
internal sealed class TokenIssuer(IGrainFactory grains, TimeProvider time)
{
    public async Task<(string Token, AccessGrant Grant)> Issue(AccessRole role, string editionId, string? missionId)
    {
        var token = Tokens.New();
        var grant = new AccessGrant(Tokens.NewId(), role, editionId, missionId, time.GetUtcNow(), Revoked: false);
        await grains.GetGrain<IAccessTokenGrain>(Tokens.Hash(token)).Issue(grant);
        return (token, grant);
    }
}
