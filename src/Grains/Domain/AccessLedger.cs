using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Access;

namespace Orchestrator.Grains.Domain;

/// <summary>
/// The rules of an edition's issued tokens: a mission has one current lead token, so recording a new
/// one names the previous one to revoke, and with it the team links that lead handed out (unless the admin
/// keeps them); a mission has at most <see cref="IAccessRegistryGrain.MaxTeamLinksPerMission"/> working team
/// links; revoking by public id names the token hash to revoke.
/// </summary>
public static class AccessLedger
{
    /// <returns>The tokens the new one supersedes, already marked revoked in <paramref name="tokens"/>.</returns>
    public static IReadOnlyList<IssuedToken> Record(Dictionary<string, IssuedToken> tokens, IssuedToken token, bool keepTeamLinks = false)
    {
        if (token.Role == AccessRole.Team)
        {
            EnsureRoomForTeamLink(tokens, token.MissionId);
        }

        var superseded = token.Role == AccessRole.TeamLead
            ? tokens.Values.Where(t => t is { Role: AccessRole.TeamLead, Revoked: false } && t.MissionId == token.MissionId).ToList()
            : [];
        if (!keepTeamLinks && superseded.Count > 0)
        {
            var leads = superseded.Select(t => t.TokenId).ToHashSet(StringComparer.Ordinal);
            superseded.AddRange(tokens.Values.Where(t => t is { Role: AccessRole.Team, Revoked: false, IssuedBy: { } by } && leads.Contains(by)));
        }

        foreach (var old in superseded)
        {
            tokens[old.TokenId] = old with { Revoked = true };
        }

        tokens[token.TokenId] = token;
        return superseded;
    }

    /// <summary>Refuses (a conflict) one more team link for a mission that has as many working ones as allowed.</summary>
    public static void EnsureRoomForTeamLink(IReadOnlyDictionary<string, IssuedToken> tokens, string? missionId)
    {
        var working = tokens.Values.Count(t => t is { Role: AccessRole.Team, Revoked: false } && t.MissionId == missionId);
        if (working >= IAccessRegistryGrain.MaxTeamLinksPerMission)
        {
            throw DomainRuleException.Conflict(
                $"Mission '{missionId}' already has {IAccessRegistryGrain.MaxTeamLinksPerMission} working team links: revoke one first.");
        }
    }

    /// <returns>The token to revoke, or null when the id is unknown.</returns>
    public static IssuedToken? Revoke(Dictionary<string, IssuedToken> tokens, string tokenId)
    {
        if (!tokens.TryGetValue(tokenId, out var token))
        {
            return null;
        }

        tokens[tokenId] = token with { Revoked = true };
        return token;
    }
}
