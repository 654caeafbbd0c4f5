using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.WebHost.Audit;

namespace Orchestrator.WebHost.Auth;

/// <summary>
/// Creates a token, stores its grant under the token's hash, records it with the edition (a new lead
/// token revokes the mission's previous one, and the team links that one handed out unless kept), and hands
/// the token out once. The public id of every token issued goes into the request's audit entry.
/// </summary>
internal sealed class TokenIssuer(IGrainFactory grains, TokenMac mac, TimeProvider time, IHttpContextAccessor http)
{
    /// <param name="issuedBy">The public id of the lead token asking for a team link; null when the admin asks.</param>
    /// <param name="keepTeamLinks">For a lead token: keep the team links the previous lead token handed out.</param>
    public async Task<(string Token, AccessGrant Grant)> Issue(
        AccessRole role, string editionId, string? missionId, string? subjectId = null, string? issuedBy = null, bool keepTeamLinks = false)
    {
        var registry = grains.GetGrain<IAccessRegistryGrain>(editionId);
        if (role == AccessRole.Team && missionId is not null)
        {
            await registry.EnsureRoomForTeamLink(missionId);
        }

        var (token, hash, grant) = await Grant(role, editionId, missionId, subjectId);
        await registry.Record(Issued(hash, grant, issuedBy), keepTeamLinks);
        http.HttpContext?.MarkIssued([grant.TokenId]);
        return (token, grant);
    }

    /// <summary>One token per subject (a guest list, survey respondents), recorded with the edition in one write.</summary>
    public async Task<IReadOnlyList<(string Token, AccessGrant Grant)>> IssueMany(AccessRole role, string editionId, IReadOnlyList<string> subjectIds)
    {
        var issued = await Task.WhenAll(subjectIds.Select(subject => Grant(role, editionId, null, subject)));
        await grains.GetGrain<IAccessRegistryGrain>(editionId).RecordMany(issued.Select(i => Issued(i.Hash, i.Grant, null)).ToList());
        http.HttpContext?.MarkIssued(issued.Select(i => i.Grant.TokenId));
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

    private static IssuedToken Issued(string hash, AccessGrant grant, string? issuedBy) =>
        new(grant.TokenId, hash, grant.Role, grant.MissionId, grant.IssuedAt, Revoked: false, grant.SubjectId, issuedBy);
}
