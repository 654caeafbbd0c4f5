namespace Orchestrator.Grains.Interfaces.Presence;

/// <summary>
/// Live presence of one mission's team (key: <c>MissionKey.For(editionId, missionId)</c>), in memory
/// only. Web hosts report their connections' joins and leaves, and renew the whole list of their
/// connections periodically; a host that stops renewing (it died) has its connections dropped after
/// <c>LiveOptions.PresenceTimeToLive</c>. Every change is pushed to every host's observer.
/// </summary>
public interface IMissionPresenceGrain : IGrainWithStringKey
{
    Task Join(string hostId, string connectionId, PresentMember member);

    Task Leave(string hostId, string connectionId);

    /// <summary>Replaces everything this host reported for the mission (after a grain restart too).</summary>
    Task Renew(string hostId, IReadOnlyList<PresentConnection> connections);

    Task<MissionPresence> Get();
}
