using Orleans.Concurrency;

namespace Orchestrator.Grains.Interfaces.Presence;

/// <summary>
/// Live presence of one mission's team (key: <c>MissionKey.For(editionId, missionId)</c>), in memory
/// only. Web hosts report their connections' joins and leaves, and renew the whole list of their
/// connections periodically; a host that stops renewing (it died) has its connections dropped after
/// <c>LiveOptions.PresenceTimeToLive</c>. Every change is pushed to every host's observer.
/// </summary>
public interface IMissionPresenceGrain : IGrainWithStringKey
{
    /// <summary>At most this many connections of one mission are counted (a team is ~10 people, a few devices each).</summary>
    const int MaxConnections = 200;

    /// <summary>A new connection past <see cref="MaxConnections"/> is refused (a conflict).</summary>
    Task Join(string hostId, string connectionId, PresentMember member);

    Task Leave(string hostId, string connectionId);

    /// <summary>Replaces everything this host reported for the mission (after a grain restart too).</summary>
    Task Renew(string hostId, IReadOnlyList<PresentConnection> connections);

    [ReadOnly]
    Task<MissionPresence> Get();

    /// <summary>
    /// The volunteer was erased: their entries become anonymous here and on every host (told through the
    /// live observers), and a host's later report naming them is taken as anonymous.
    /// </summary>
    Task Erase(string memberId);
}
