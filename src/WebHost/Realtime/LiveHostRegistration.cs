using Microsoft.Extensions.Options;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Live;

namespace Orchestrator.WebHost.Realtime;

/// <summary>
/// Registers this host's observer with the cluster and renews it (at once when the gateways change,
/// quickly after a failure), so grains on any silo can reach this host's clients; unregisters on a
/// clean stop.
/// </summary>
internal sealed partial class LiveHostRegistration(
    IGrainFactory grains,
    ILiveObserver observer,
    LiveRenewalSignal gatewaysChanged,
    LiveRegistrationStatus status,
    IOptions<LiveOptions> options,
    TimeProvider time,
    ILogger<LiveHostRegistration> logger) : BackgroundService
{
    /// <summary>After a failed attempt this host's clients may hear nothing: retry quickly then.</summary>
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(250);

    private readonly string _hostId = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():n}";
    private ILiveObserver? _reference;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _reference = grains.CreateObjectReference<ILiveObserver>(observer);
        await RegisterUntilAccepted(first: true, stoppingToken).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            await gatewaysChanged.WaitAsync(NextRenewal(), time, stoppingToken).ConfigureAwait(false);
            await RegisterUntilAccepted(first: false, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Jittered, so hosts started together do not renew together.</summary>
    private TimeSpan NextRenewal() => options.Value.HostRenewEvery * (1 + (Random.Shared.NextDouble() / 10));

    private async Task RegisterUntilAccepted(bool first, CancellationToken stoppingToken)
    {
        while (!await TryRegister(first))
        {
            await Task.Delay(RetryEvery, time, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> TryRegister(bool first)
    {
        try
        {
            var known = await grains.GetGrain<ILiveHostRegistryGrain>(0).Register(_hostId, _reference!);
            status.Registered(time.GetUtcNow());
            if (!known && !first)
            {
                LogRegistryForgotHost(logger, _hostId);
            }

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

    [LoggerMessage(EventId = 4901, EventName = "LiveRegistryForgotHost", Level = LogLevel.Warning, Message = "The live host registry did not know host {HostId} any more; registered it again")]
    private static partial void LogRegistryForgotHost(ILogger logger, string hostId);
}
