using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orchestrator.Grains.Interfaces.Live;
using Orleans.Concurrency;

namespace Orchestrator.Grains.Live;

/// <summary>
/// Collects an edition's events for <see cref="LiveOptions.BatchWindow"/> after the first one arrives,
/// then sends them in one message to every web host. A lone event leaves after one window: nothing
/// waits for a batch to fill up.
/// </summary>
[StatelessWorker(1)]
internal sealed partial class LivePublisherGrain(IOptions<LiveOptions> options, TimeProvider time, ILogger<LivePublisherGrain> logger) : Grain, ILivePublisherGrain
{
    private readonly List<EditionEvent> _pending = [];
    private IReadOnlyList<ILiveObserver> _observers = [];
    private DateTimeOffset _observersFetchedAt = DateTimeOffset.MinValue;
    private IGrainTimer? _flushTimer;

    public Task Publish(IReadOnlyList<EditionEvent> events)
    {
        var wasIdle = _pending.Count == 0;
        _pending.AddRange(events);
        if (wasIdle)
        {
            _flushTimer ??= this.RegisterGrainTimer(Flush, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _flushTimer.Change(options.Value.BatchWindow, Timeout.InfiniteTimeSpan);
        }

        return Task.CompletedTask;
    }

    private async Task Flush(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var batch = _pending.ToList();
        _pending.Clear();
        IReadOnlyList<ILiveObserver> observers;
        try
        {
            observers = await Observers();
        }
        catch (Exception ex)
        {
            // The screens see the version gap on the next event and fetch the snapshot again.
            LogFlushFailed(logger, ex, this.GetPrimaryKeyString(), batch.Count);
            return;
        }

        foreach (var observer in observers)
        {
            // One-way: a slow or vanished host never holds the others back.
            _ = Push(observer, batch);
        }
    }

    private async Task Push(ILiveObserver observer, IReadOnlyList<EditionEvent> batch)
    {
        try
        {
            await observer.OnEvents(batch);
        }
        catch (Exception ex)
        {
            LogPushFailed(logger, ex, this.GetPrimaryKeyString(), batch[^1].Version);
        }
    }

    [LoggerMessage(EventId = GrainEvents.LiveFlushFailed, Level = LogLevel.Warning,
        Message = "Live events of edition {EditionId} were dropped ({Count}): the list of web hosts could not be read")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception, string editionId, int count);

    [LoggerMessage(EventId = GrainEvents.LivePushFailed, Level = LogLevel.Warning,
        Message = "Pushing live events of edition {EditionId} up to version {Version} to a web host failed")]
    private static partial void LogPushFailed(ILogger logger, Exception exception, string editionId, long version);

    private async Task<IReadOnlyList<ILiveObserver>> Observers()
    {
        var now = time.GetUtcNow();
        if (now - _observersFetchedAt > options.Value.HostListRefresh)
        {
            _observers = await GrainFactory.GetGrain<ILiveHostRegistryGrain>(0).GetObservers();

            // An empty list is what a registry that just moved silos answers until hosts renew:
            // ask again next time rather than trust it for a whole refresh period.
            _observersFetchedAt = _observers.Count == 0 ? DateTimeOffset.MinValue : now;
        }

        return _observers;
    }
}
