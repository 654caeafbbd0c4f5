using Orchestrator.Grains.Interfaces.Access;

namespace Orchestrator.WebHost.Auth;

/// <summary>
/// Creates a token, stores its grant under the token's hash, records it with the edition (a new lead
/// token revokes the mission's previous one), and hands the token out once.
/// </summary>
internal sealed class TokenIssuer(IGrainFactory grains, TokenMac mac, TimeProvider time)
{
    public async Task<(string Token, AccessGrant Grant)> Issue(AccessRole role, string editionId, string? missionId, string? subjectId = null)
    {
        var (token, hash, grant) = await Grant(role, editionId, missionId, subjectId);
        await grains.GetGrain<IAccessRegistryGrain>(editionId).Record(Issued(hash, grant));
        return (token, grant);
    }

    /// <summary>One token per subject (a guest list, survey respondents), recorded with the edition in one write.</summary>
    public async Task<IReadOnlyList<(string Token, AccessGrant Grant)>> IssueMany(AccessRole role, string editionId, IReadOnlyList<string> subjectIds)
    {
        var issued = await Task.WhenAll(subjectIds.Select(subject => Grant(role, editionId, null, subject)));
        await grains.GetGrain<IAccessRegistryGrain>(editionId).RecordMany(issued.Select(i => Issued(i.Hash, i.Grant)).ToList());
        return issued.Select(i => (i.Token, i.Grant)).ToList();
    }

    private async Task<(string Token, string Hash, AccessGrant Grant)> Grant(AccessRole role, string editionId, string? missionId, string? subjectId)
    {
        var token = mac.NewToken();
        var hash = Tokens.Hash(token);
        var grant = new AccessGrant(Tokens.NewId(), role, editionId, missionId, time.GetUtcNow(), Revoked: false, subjectId);
        await grains.GetGrain<IAccessTokenGrain>(hash).Issue(grant);
        return (token, hash, grant);
    }

    private static IssuedToken Issued(string hash, AccessGrant grant) =>
        new(grant.TokenId, hash, grant.Role, grant.MissionId, grant.IssuedAt, Revoked: false, grant.SubjectId);
}
