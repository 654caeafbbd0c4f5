using Orleans.Concurrency;

namespace Orchestrator.Grains.Interfaces.Access;

/// <summary>
/// The tokens handed out for one edition (keyed by edition id): revocation by public token id, and one
/// current lead token per mission, so re-issuing a lead link revokes the previous one (and, unless asked
/// to keep them, the team links that lead handed out). The token grain stays the single source of truth
/// for whether a token works; every revocation is also told to every web host, which closes the live
/// connections opened with the token.
/// </summary>
public interface IAccessRegistryGrain : IGrainWithStringKey
{
    /// <summary>At most this many team links of one mission work at once (a team is ~10 people).</summary>
    const int MaxTeamLinksPerMission = 50;

    /// <summary>
    /// Remembers a token just issued; a lead token replaces (and revokes) the mission's previous one and,
    /// unless <paramref name="keepTeamLinks"/>, the team links the previous one handed out. A team link past
    /// <see cref="MaxTeamLinksPerMission"/> is refused (a conflict).
    /// </summary>
    Task Record(IssuedToken token, bool keepTeamLinks = false);

    /// <summary>Checks that one more team link of the mission would be allowed, before it is issued.</summary>
    [ReadOnly]
    Task EnsureRoomForTeamLink(string missionId);

    /// <summary>Remembers many tokens issued at once (guests, respondents) in one write.</summary>
    Task RecordMany(IReadOnlyList<IssuedToken> tokens);

    /// <summary>Revokes the token with that public id; false when the edition never issued it.</summary>
    Task<bool> Revoke(string tokenId);

    /// <summary>Every token the edition handed out, revoked ones included (never a token itself).</summary>
    [ReadOnly]
    Task<IReadOnlyList<IssuedToken>> List();

    /// <summary>Whether the token with that public id was issued by this edition and still works.</summary>
    [ReadOnly]
    Task<bool> IsActive(string tokenId);
}
