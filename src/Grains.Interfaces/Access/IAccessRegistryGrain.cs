namespace Orchestrator.Grains.Interfaces.Access;

/// <summary>
/// The tokens handed out for one edition (keyed by edition id): revocation by public token id, and one
/// current lead token per mission, so re-issuing a lead link revokes the previous one. The token grain
/// stays the single source of truth for whether a token works.
/// </summary>
public interface IAccessRegistryGrain : IGrainWithStringKey
{
    /// <summary>Remembers a token just issued; a lead token replaces (and revokes) the mission's previous one.</summary>
    Task Record(IssuedToken token);

    /// <summary>Remembers many tokens issued at once (guests, respondents) in one write.</summary>
    Task RecordMany(IReadOnlyList<IssuedToken> tokens);

    /// <summary>Revokes the token with that public id; false when the edition never issued it.</summary>
    Task<bool> Revoke(string tokenId);
}
