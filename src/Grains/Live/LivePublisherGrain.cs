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
internal sealed class LivePublisherGrain(IOptions<LiveOptions> options, TimeProvider time) : Grain, ILivePublisherGrain
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
        var observers = await Observers();
        foreach (var observer in observers)
        {
            // One-way: a slow or vanished host never holds the others back.
            _ = observer.OnEvents(batch);
        }
    }

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
