using Orchestrator.Grains.Interfaces.Access;

namespace Orchestrator.WebHost.Auth;

/// <summary>
/// Creates a token, stores its grant under the token's hash, records it with the edition (a new lead
/// token revokes the mission's previous one), and hands the token out once.
/// </summary>
internal sealed class TokenIssuer(IGrainFactory grains, TimeProvider time)
{
    public async Task<(string Token, AccessGrant Grant)> Issue(AccessRole role, string editionId, string? missionId)
    {
        var token = Tokens.New();
        var hash = Tokens.Hash(token);
        var grant = new AccessGrant(Tokens.NewId(), role, editionId, missionId, time.GetUtcNow(), Revoked: false);
        await grains.GetGrain<IAccessTokenGrain>(hash).Issue(grant);
        await grains.GetGrain<IAccessRegistryGrain>(editionId)
            .Record(new IssuedToken(grant.TokenId, hash, role, missionId, grant.IssuedAt, Revoked: false));
        return (token, grant);
    }
}
