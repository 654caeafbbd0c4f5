using System.Collections.Concurrent;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Presence;

namespace Orchestrator.WebHost.Realtime;

/// <summary>
/// This host's team-page connections, per mission, reported to each mission's presence grain: on join,
/// on leave (a disconnect included) and, through <see cref="TeamPresenceRenewal"/>, periodically in
/// full, which also repairs a grain that restarted or a report that failed.
/// </summary>
public sealed partial class TeamPresence(IGrainFactory grains, ILogger<TeamPresence> logger)
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, PresentMember>> _missions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _byConnection = new(StringComparer.Ordinal);

    public string HostId { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():n}";

    /// <summary>Refused (a conflict) past <see cref="IMissionPresenceGrain.MaxConnections"/>: the connection is then not counted here either.</summary>
    public async Task Join(string connectionId, string editionId, string missionId, PresentMember member)
    {
        var key = MissionKey.For(editionId, missionId);
        var connections = _missions.GetOrAdd(key, _ => new(StringComparer.Ordinal));
        var known = connections.TryGetValue(connectionId, out var previous);
        connections[connectionId] = member;
        _byConnection.GetOrAdd(connectionId, _ => new(StringComparer.Ordinal))[key] = 0;
        try
        {
            await grains.GetGrain<IMissionPresenceGrain>(key).Join(HostId, connectionId, member);
        }
        catch (DomainRuleException)
        {
            if (known)
            {
                connections[connectionId] = previous!;
            }
            else
            {
                connections.TryRemove(connectionId, out _);
                if (_byConnection.TryGetValue(connectionId, out var keys))
                {
                    keys.TryRemove(key, out _);
                }
            }

            throw;
        }
    }

    /// <summary>An erased volunteer stays connected, anonymously: no renewal from this host names them again.</summary>
    public void Forget(string editionId, string missionId, string memberId)
    {
        if (_missions.TryGetValue(MissionKey.For(editionId, missionId), out var connections))
        {
            foreach (var (connectionId, member) in connections)
            {
                if (member.MemberId == memberId)
                {
                    connections[connectionId] = new PresentMember();
                }
            }
        }
    }

    public bool IsPresent(string connectionId, string editionId, string missionId) =>
        _missions.TryGetValue(MissionKey.For(editionId, missionId), out var connections) && connections.ContainsKey(connectionId);

    public async Task Disconnected(string connectionId)
    {
        if (!_byConnection.TryRemove(connectionId, out var keys))
        {
            return;
        }

        foreach (var key in keys.Keys)
        {
            if (_missions.TryGetValue(key, out var connections))
            {
                connections.TryRemove(connectionId, out _);
            }

            try
            {
                await grains.GetGrain<IMissionPresenceGrain>(key).Leave(HostId, connectionId);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The next renewal no longer lists the connection: the grain drops it then.
                LogReportFailed(logger, ex, key);
            }
        }
    }

    /// <summary>Reports every mission this host has team pages on, and forgets missions left empty.</summary>
    public async Task Renew()
    {
        foreach (var (key, connections) in _missions)
        {
            var present = connections.Select(c => new PresentConnection(c.Key, c.Value)).ToList();
            try
            {
                await grains.GetGrain<IMissionPresenceGrain>(key).Renew(HostId, present);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogReportFailed(logger, ex, key);
            }

            if (present.Count == 0)
            {
                _missions.TryRemove(new KeyValuePair<string, ConcurrentDictionary<string, PresentMember>>(key, connections));
            }
        }
    }

    [LoggerMessage(EventId = 4020, EventName = "TeamPresenceReportFailed", Level = LogLevel.Warning, Message = "Reporting team presence of mission {MissionKey} failed")]
    private static partial void LogReportFailed(ILogger logger, Exception exception, string missionKey);
}
