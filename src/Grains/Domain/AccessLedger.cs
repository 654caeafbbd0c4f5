using Orchestrator.Grains.Interfaces.Access;

namespace Orchestrator.Grains.Domain;

/// <summary>
/// The rules of an edition's issued tokens: a mission has one current lead token, so recording a new
/// one names the previous one to revoke; revoking by public id names the token hash to revoke.
/// </summary>
public static class AccessLedger
{
    /// <returns>The tokens the new one supersedes, already marked revoked in <paramref name="tokens"/>.</returns>
    public static IReadOnlyList<IssuedToken> Record(Dictionary<string, IssuedToken> tokens, IssuedToken token)
    {
        var superseded = token.Role == AccessRole.TeamLead
            ? tokens.Values.Where(t => t is { Role: AccessRole.TeamLead, Revoked: false } && t.MissionId == token.MissionId).ToList()
            : [];
        foreach (var old in superseded)
        {
            tokens[old.TokenId] = old with { Revoked = true };
        }

        tokens[token.TokenId] = token;
        return superseded;
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
