using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.State;
using Orleans.Storage;

namespace Orchestrator.Grains.Live;

/// <summary>
/// The host list is stored (written when a host first registers, changes its observer or leaves, not
/// on every renewal), so when the registry's silo dies it comes back elsewhere knowing every host:
/// publishers never see a list that lost the hosts that have not renewed yet. Hosts loaded at
/// activation count as seen then; one that is really gone stops renewing and expires after
/// <see cref="LiveOptions.HostTimeToLive"/>.
/// </summary>
internal sealed partial class LiveHostRegistryGrain(
    [PersistentState("live-hosts", StorageNames.Orchestrator)] IPersistentState<LiveHostRegistryState> state,
    IOptions<LiveOptions> options,
    TimeProvider time,
    ILogger<LiveHostRegistryGrain> logger) : Grain, ILiveHostRegistryGrain
{
    private readonly Dictionary<string, DateTimeOffset> _seenAt = new(StringComparer.Ordinal);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var hostId in state.State.Hosts.Keys)
        {
            _seenAt[hostId] = now;
        }

        LogActivated(logger, state.State.Hosts.Count);
        return Task.CompletedTask;
    }

    public async Task<bool> Register(string hostId, ILiveObserver observer)
    {
        _seenAt[hostId] = time.GetUtcNow();
        var known = state.State.Hosts.TryGetValue(hostId, out var stored);
        if (known && stored!.Equals(observer))
        {
            return true;
        }

        state.State.Hosts[hostId] = observer;
        await Save();
        LogHostAdded(logger, hostId, known);
        return known;
    }

    public async Task Unregister(string hostId)
    {
        _seenAt.Remove(hostId);
        if (state.State.Hosts.Remove(hostId))
        {
            await Save();
        }
    }

    public async Task<IReadOnlyList<ILiveObserver>> GetObservers()
    {
        var oldest = time.GetUtcNow() - options.Value.HostTimeToLive;
        var expired = state.State.Hosts.Keys.Where(h => !_seenAt.TryGetValue(h, out var seen) || seen < oldest).ToList();
        foreach (var hostId in expired)
        {
            state.State.Hosts.Remove(hostId);
            _seenAt.Remove(hostId);
            LogHostExpired(logger, hostId);
        }

        if (expired.Count > 0)
        {
            await Save();
        }

        return state.State.Hosts.Values.ToList();
    }

    /// <summary>
    /// A failed write (the store down) keeps the list in memory: pushes go on, and the next change
    /// of the list writes it again. A write refused because another activation wrote meanwhile (two
    /// activations can overlap briefly during a failover) merges the stored list with ours.
    /// </summary>
    private async Task Save()
    {
        try
        {
            try
            {
                await state.WriteStateAsync();
            }
            catch (InconsistentStateException)
            {
                var ours = state.State.Hosts.ToList();
                await state.ReadStateAsync();
                foreach (var (hostId, observer) in ours)
                {
                    state.State.Hosts[hostId] = observer;
                    _seenAt.TryAdd(hostId, time.GetUtcNow());
                }

                await state.WriteStateAsync();
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogSaveFailed(logger, ex, state.State.Hosts.Count);
        }
    }

    [LoggerMessage(EventId = GrainEvents.LiveRegistryActivated, Level = LogLevel.Information, Message = "Live host registry activated with {HostCount} stored hosts")]
    private static partial void LogActivated(ILogger logger, int hostCount);

    [LoggerMessage(EventId = GrainEvents.LiveHostAdded, Level = LogLevel.Information, Message = "Live host {HostId} registered (known before: {Known})")]
    private static partial void LogHostAdded(ILogger logger, string hostId, bool known);

    [LoggerMessage(EventId = GrainEvents.LiveHostExpired, Level = LogLevel.Warning, Message = "Live host {HostId} stopped renewing and was dropped")]
    private static partial void LogHostExpired(ILogger logger, string hostId);

    [LoggerMessage(EventId = GrainEvents.LiveHostListSaveFailed, Level = LogLevel.Warning, Message = "Storing the live host list ({HostCount} hosts) failed; kept in memory")]
    private static partial void LogSaveFailed(ILogger logger, Exception exception, int hostCount);
}
