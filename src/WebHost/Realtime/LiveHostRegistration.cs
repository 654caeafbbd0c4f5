using Microsoft.Extensions.Options;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Live;

namespace Orchestrator.WebHost.Realtime;

/// <summary>
/// Registers this host's observer with the cluster and renews it, so grains on any silo can reach
/// this host's clients; unregisters on a clean stop.
/// </summary>
internal sealed partial class LiveHostRegistration(
    IGrainFactory grains,
    HubLiveObserver observer,
    LiveRegistrationStatus status,
    IOptions<LiveOptions> options,
    TimeProvider time,
    ILogger<LiveHostRegistration> logger) : BackgroundService
{
    private readonly string _hostId = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():n}";
    private ILiveObserver? _reference;

    /// <summary>Until the first registration succeeds this host's clients hear nothing: retry quickly then.</summary>
    private static readonly TimeSpan FirstAttemptsEvery = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _reference = grains.CreateObjectReference<ILiveObserver>(observer);
        while (!await TryRegister())
        {
            await Task.Delay(FirstAttemptsEvery, time, stoppingToken).ConfigureAwait(false);
        }

        using var timer = new PeriodicTimer(options.Value.HostRenewEvery, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            await TryRegister();
        }
    }

    private async Task<bool> TryRegister()
    {
        try
        {
            await grains.GetGrain<ILiveHostRegistryGrain>(0).Register(_hostId, _reference!);
            status.Registered(time.GetUtcNow());
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRegistrationFailed(logger, ex, _hostId);
            return false;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await grains.GetGrain<ILiveHostRegistryGrain>(0).Unregister(_hostId).WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogRegistrationFailed(logger, ex, _hostId);
        }

        await base.StopAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 4010, EventName = "LiveHostRegistrationFailed", Level = LogLevel.Warning, Message = "Live registration of host {HostId} failed; retrying")]
    private static partial void LogRegistrationFailed(ILogger logger, Exception exception, string hostId);
}
