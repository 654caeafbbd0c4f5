using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Live;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Hubs;

namespace Orchestrator.WebHost.Realtime;

/// <summary>
/// Every <see cref="LiveOptions.HeartbeatEvery"/>, tells each edition's audience on this host the
/// edition's current version. It reads the edition itself rather than riding the push path, so a
/// screen learns it is behind even when that whole path is broken (an event lost, a publisher or the
/// registry failing over): it resyncs within one beat.
/// </summary>
internal sealed partial class LiveHeartbeatService(
    IHubContext<LiveHub, ILiveClient> hub,
    IGrainFactory grains,
    LiveAudience audience,
    IOptions<LiveOptions> options,
    TimeProvider time,
    ILogger<LiveHeartbeatService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.HeartbeatEvery, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            await Task.WhenAll(audience.Editions().Select(Beat)).ConfigureAwait(false);
        }
    }

    private async Task Beat(string editionId)
    {
        try
        {
            var version = await grains.GetGrain<IEditionGrain>(editionId).GetVersion();
            if (version > 0)
            {
                await hub.Clients.Groups([.. LiveGroups.AllSlices(LiveGroups.Edition(editionId)), .. LiveGroups.AllSlices(LiveGroups.EditionLeads(editionId))]).Heartbeat(new LiveHeartbeat(editionId, version));
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The next beat tries again; a screen is then behind by one more period at most.
            LogBeatFailed(logger, ex, editionId);
        }
    }

    [LoggerMessage(EventId = 4910, EventName = "LiveHeartbeatFailed", Level = LogLevel.Warning, Message = "The live heartbeat of edition {EditionId} failed")]
    private static partial void LogBeatFailed(ILogger logger, Exception exception, string editionId);
}
