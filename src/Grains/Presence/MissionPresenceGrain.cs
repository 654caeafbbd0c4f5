using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Presence;
using Orchestrator.Grains.Live;

namespace Orchestrator.Grains.Presence;

/// <summary>
/// In memory only: presence is about now. If this grain's silo dies, it comes back empty and every
/// host fills it again at its next renewal; if a host dies, its connections expire. Changes within
/// <see cref="LiveOptions.BatchWindow"/> leave as one push (a room of volunteers opening the link at once).
/// </summary>
internal sealed partial class MissionPresenceGrain(IOptions<LiveOptions> options, TimeProvider time, ILogger<MissionPresenceGrain> logger) : Grain, IMissionPresenceGrain
{
    private readonly Dictionary<string, HostConnections> _hosts = new(StringComparer.Ordinal);

    /// <summary>Volunteers erased while this activation lives: a host's report still naming one is taken as anonymous.</summary>
    private readonly HashSet<string> _erased = new(StringComparer.Ordinal);
    private string _editionId = "";
    private string _missionId = "";
    private long _sequence;
    private IGrainTimer? _publishTimer;
    private IGrainTimer? _expiryTimer;
    private bool _publishPending;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_editionId, _missionId) = MissionKey.Parse(this.GetPrimaryKeyString());

        // Grows across reactivations too, so clients can always keep the latest list.
        _sequence = time.GetUtcNow().ToUnixTimeMilliseconds() * 1000;
        var every = options.Value.PresenceRenewEvery;
        _expiryTimer = this.RegisterGrainTimer(Expire, every, every);
        return Task.CompletedTask;
    }

    public Task Join(string hostId, string connectionId, PresentMember member)
    {
        member = Unerased(member);
        var known = _hosts.TryGetValue(hostId, out var reported) && reported.Connections.ContainsKey(connectionId);
        if (!known && _hosts.Values.Sum(h => h.Connections.Count) >= IMissionPresenceGrain.MaxConnections)
        {
            throw DomainRuleException.Conflict(
                $"Mission '{_missionId}' already has {IMissionPresenceGrain.MaxConnections} team pages connected.");
        }

        var host = Host(hostId);
        if (!host.Connections.TryGetValue(connectionId, out var current) || current != member)
        {
            host.Connections[connectionId] = member;
            Changed();
        }

        return Task.CompletedTask;
    }

    public Task Leave(string hostId, string connectionId)
    {
        if (_hosts.TryGetValue(hostId, out var host) && host.Connections.Remove(connectionId))
        {
            Changed();
        }

        return Task.CompletedTask;
    }

    public Task Renew(string hostId, IReadOnlyList<PresentConnection> connections)
    {
        var host = Host(hostId);
        var renewed = connections.ToDictionary(c => c.ConnectionId, c => Unerased(c.Member), StringComparer.Ordinal);
        if (renewed.Count != host.Connections.Count || renewed.Any(c => !host.Connections.TryGetValue(c.Key, out var m) || m != c.Value))
        {
            host.Connections.Clear();
            foreach (var (id, member) in renewed)
            {
                host.Connections[id] = member;
            }

            Changed();
        }

        return Task.CompletedTask;
    }

    public Task<MissionPresence> Get() => Task.FromResult(Current());

    public async Task Erase(string memberId)
    {
        _erased.Add(memberId);
        var named = false;
        foreach (var host in _hosts.Values)
        {
            foreach (var (connectionId, member) in host.Connections.Where(c => c.Value.MemberId == memberId).ToList())
            {
                host.Connections[connectionId] = new PresentMember();
                named = true;
            }
        }

        if (named)
        {
            Changed();
        }

        try
        {
            foreach (var observer in await GrainFactory.GetGrain<ILiveHostRegistryGrain>(0).GetObservers())
            {
                _ = observer.OnMemberErased(_editionId, _missionId, memberId);
            }
        }
        catch (Exception ex)
        {
            // This grain already reports them as anonymous, whatever a host renews.
            LogErasureNoticeFailed(logger, ex, _missionId, _editionId);
        }
    }

    private PresentMember Unerased(PresentMember member) =>
        member.MemberId is { } id && _erased.Contains(id) ? new PresentMember() : member;

    [LoggerMessage(EventId = GrainEvents.ErasureNoticeFailed, Level = LogLevel.Warning,
        Message = "Telling the web hosts that a member of mission {MissionId} of edition {EditionId} was erased failed")]
    private static partial void LogErasureNoticeFailed(ILogger logger, Exception exception, string missionId, string editionId);

    private HostConnections Host(string hostId)
    {
        if (!_hosts.TryGetValue(hostId, out var host))
        {
            host = new HostConnections();
            _hosts[hostId] = host;
        }

        host.SeenAt = time.GetUtcNow();
        return host;
    }

    private MissionPresence Current() => new(
        _editionId,
        _missionId,
        _sequence,
        [.. _hosts.Values.SelectMany(h => h.Connections.Values).OrderBy(m => m.Name ?? "\uffff", StringComparer.CurrentCulture)]);

    private void Changed()
    {
        _sequence++;
        if (_publishPending)
        {
            return;
        }

        _publishPending = true;
        _publishTimer ??= this.RegisterGrainTimer(Publish, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _publishTimer.Change(options.Value.BatchWindow, Timeout.InfiniteTimeSpan);
    }

    private async Task Publish(CancellationToken cancellationToken)
    {
        _publishPending = false;
        var presence = Current();
        IReadOnlyList<ILiveObserver> observers;
        try
        {
            observers = await GrainFactory.GetGrain<ILiveHostRegistryGrain>(0).GetObservers();
        }
        catch (Exception ex)
        {
            // The team pages get the whole list again with the next change or renewal.
            LogPresenceFailed(logger, ex, _missionId, _editionId);
            return;
        }

        foreach (var observer in observers)
        {
            // One-way: a vanished host never holds the others back.
            _ = Push(observer, presence);
        }
    }

    private async Task Push(ILiveObserver observer, MissionPresence presence)
    {
        try
        {
            await observer.OnPresence(presence);
        }
        catch (Exception ex)
        {
            LogPresenceFailed(logger, ex, _missionId, _editionId);
        }
    }

    [LoggerMessage(EventId = GrainEvents.PresencePushFailed, Level = LogLevel.Warning,
        Message = "Pushing the team presence of mission {MissionId} of edition {EditionId} failed")]
    private static partial void LogPresenceFailed(ILogger logger, Exception exception, string missionId, string editionId);

    private Task Expire(CancellationToken cancellationToken)
    {
        var oldest = time.GetUtcNow() - options.Value.PresenceTimeToLive;
        var dead = _hosts.Where(h => h.Value.SeenAt < oldest).Select(h => h.Key).ToList();
        var lostSomeone = false;
        foreach (var hostId in dead)
        {
            lostSomeone |= _hosts[hostId].Connections.Count > 0;
            _hosts.Remove(hostId);
        }

        if (lostSomeone)
        {
            Changed();
        }

        if (_hosts.Count == 0 && !_publishPending && _erased.Count == 0)
        {
            DeactivateOnIdle();
        }

        return Task.CompletedTask;
    }

    private sealed class HostConnections
    {
        public Dictionary<string, PresentMember> Connections { get; } = new(StringComparer.Ordinal);

        public DateTimeOffset SeenAt { get; set; }
    }
}
