using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orchestrator.Grains.Interfaces.Live;
using Orleans.Concurrency;

namespace Orchestrator.Grains.Live;

/// <summary>
/// Sends an edition's events to every web host, at most once per <see cref="LiveOptions.BatchWindow"/>:
/// an event arriving after a quiet window leaves at once (on the worker's next turn), and those arriving
/// within a window of the last send gather until it ends and leave in one message. A lone event never
/// waits for a batch to fill up, nor for a window. While no host is known (the registry unreachable
/// during a failover, or no host registered yet) the batch is kept and tried again, for at most
/// <see cref="LiveOptions.HoldWithoutHosts"/>; screens that still miss it resync at the next heartbeat.
/// <para>
/// Each host gets one push at a time (<see cref="HostPushes"/>): what is published while a push is on its
/// way leaves in the next one, when it has answered, so a host hears an edition's versions in order and a
/// slow host gets fewer, larger pushes instead of a queue of small ones.
/// </para>
/// <para>
/// Never removed as an idle worker: between a <see cref="Publish"/> and its flush the worker runs no
/// request, and the runtime's idle-worker removal (on by default, and keen after a burst) would drop it
/// with its batch; under load whole batches of acknowledged changes never reached the screens.
/// </para>
/// </summary>
[StatelessWorker(1, removeIdleWorkers: false)]
internal sealed partial class LivePublisherGrain(IOptions<LiveOptions> options, TimeProvider time, ILogger<LivePublisherGrain> logger)
    : Grain, ILivePublisherGrain
{
    /// <summary>A host whose pushes failed this many times in a row is left out until the next refresh.</summary>
    private const int FailuresBeforeLeftOut = 2;

    private static readonly TimeSpan RetryWithoutHostsEvery = TimeSpan.FromMilliseconds(250);

    private readonly List<EditionEvent> _pending = [];
    private readonly Dictionary<ILiveObserver, HostPushes> _hosts = [];
    private List<ILiveObserver> _observers = [];
    private DateTimeOffset _observersFetchedAt = DateTimeOffset.MinValue;
    private DateTimeOffset? _heldSince;
    private long _sentAt;
    private IGrainTimer? _flushTimer;

    private string EditionId => this.GetPrimaryKeyString();

    public Task Publish(IReadOnlyList<EditionEvent> events)
    {
        var wasIdle = _pending.Count == 0;
        _pending.AddRange(events);
        if (wasIdle)
        {
            FlushAfter(UntilWindowEnds());
        }

        return Task.CompletedTask;
    }

    /// <summary>Zero when the last send is a window old or more (or none was made), else what is left of that window.</summary>
    private TimeSpan UntilWindowEnds()
    {
        var left = options.Value.BatchWindow - time.GetElapsedTime(_sentAt);
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private void FlushAfter(TimeSpan delay)
    {
        _flushTimer ??= this.RegisterGrainTimer(Flush, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _flushTimer.Change(delay, Timeout.InfiniteTimeSpan);
    }

    private async Task Flush(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        // Timer ticks do not interleave with Publish: nothing is added while the list is fetched.
        var observers = await Observers();
        if (observers.Count == 0)
        {
            Hold();
            return;
        }

        if (_heldSince is { } since)
        {
            LogHeldBatchSent(logger, EditionId, _pending.Count, time.GetUtcNow() - since);
            _heldSince = null;
        }

        var batch = _pending.ToList();
        _pending.Clear();
        _sentAt = time.GetTimestamp();
        // A copy: a push failing at once leaves its host out of the list (ObservePush) while this loops.
        foreach (var observer in observers.ToArray())
        {
            if (!_hosts.TryGetValue(observer, out var host))
            {
                _hosts[observer] = host = new HostPushes();
            }

            if (host.InFlight)
            {
                host.Wait(batch);
            }
            else
            {
                Push(observer, host, batch);
            }
        }
    }

    /// <summary>Started, not awaited: a slow or vanished host never holds the others back.</summary>
    private void Push(ILiveObserver observer, HostPushes host, List<EditionEvent> batch)
    {
        var push = observer.OnEvents(batch);
        if (push.IsCompletedSuccessfully)
        {
            host.Failures = 0;
            return;
        }

        host.InFlight = true;
        _ = ObservePush(push, observer, host, batch);
    }

    private void Hold()
    {
        var now = time.GetUtcNow();
        _heldSince ??= now;
        if (now - _heldSince < options.Value.HoldWithoutHosts)
        {
            FlushAfter(RetryWithoutHostsEvery);
            return;
        }

        LogDroppedWithoutHosts(logger, EditionId, _pending.Count, _pending[0].Version, _pending[^1].Version);
        _pending.Clear();
        _heldSince = null;
    }

    private async Task ObservePush(Task push, ILiveObserver observer, HostPushes host, List<EditionEvent> batch)
    {
        try
        {
            await push;
            host.Failures = 0;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            host.Failures++;
            LogPushFailed(logger, ex, EditionId, batch[0].Version, batch[^1].Version, host.Failures);
            if (host.Failures >= FailuresBeforeLeftOut)
            {
                _observers.Remove(observer);
            }
        }

        host.InFlight = false;
        if (!_observers.Contains(observer))
        {
            // Left out, or gone from the registry's list: what waited for it is dropped with it.
            _hosts.Remove(observer);
        }
        else if (host.HasWaiting)
        {
            Push(observer, host, host.TakeWaiting());
        }
    }

    private async Task<IReadOnlyList<ILiveObserver>> Observers()
    {
        var now = time.GetUtcNow();
        if (now - _observersFetchedAt <= options.Value.HostListRefresh)
        {
            return _observers;
        }

        try
        {
            _observers = [.. await GrainFactory.GetGrain<ILiveHostRegistryGrain>(0).GetObservers()];
            foreach (var (observer, host) in _hosts.ToArray())
            {
                host.Failures = 0;
                if (!host.InFlight && !_observers.Contains(observer))
                {
                    _hosts.Remove(observer);
                }
            }

            // An empty list (no host registered yet): ask again next time rather than trust it for a
            // whole refresh period.
            _observersFetchedAt = _observers.Count == 0 ? DateTimeOffset.MinValue : now;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The registry's silo may just have died: the hosts we knew are still the best guess.
            LogRegistryUnavailable(logger, ex, EditionId, _observers.Count);
            _observersFetchedAt = DateTimeOffset.MinValue;
        }

        return _observers;
    }

    [LoggerMessage(EventId = GrainEvents.LivePushFailed, Level = LogLevel.Warning, Message = "Pushing live events {FirstVersion}..{LastVersion} of edition {EditionId} to a host failed ({Failures} in a row)")]
    private static partial void LogPushFailed(ILogger logger, Exception exception, string editionId, long firstVersion, long lastVersion, int failures);

    [LoggerMessage(EventId = GrainEvents.LiveRegistryUnavailable, Level = LogLevel.Warning, Message = "The live host registry did not answer the publisher of edition {EditionId}; using the {HostCount} hosts known")]
    private static partial void LogRegistryUnavailable(ILogger logger, Exception exception, string editionId, int hostCount);

    [LoggerMessage(EventId = GrainEvents.LiveFlushFailed, Level = LogLevel.Warning, Message = "No live host known: {EventCount} events ({FirstVersion}..{LastVersion}) of edition {EditionId} dropped; screens resync at the next heartbeat")]
    private static partial void LogDroppedWithoutHosts(ILogger logger, string editionId, int eventCount, long firstVersion, long lastVersion);

    [LoggerMessage(EventId = GrainEvents.LiveHeldBatchSent, Level = LogLevel.Information, Message = "{EventCount} live events of edition {EditionId} held for {Held} while no host was known, now sent")]
    private static partial void LogHeldBatchSent(ILogger logger, string editionId, int eventCount, TimeSpan held);
}
