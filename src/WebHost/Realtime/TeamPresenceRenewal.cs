using Microsoft.Extensions.Options;
using Orchestrator.Grains.Live;

namespace Orchestrator.WebHost.Realtime;

/// <summary>Renews this host's team presence, so the grains know the host is alive.</summary>
internal sealed class TeamPresenceRenewal(TeamPresence presence, IOptions<LiveOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PresenceRenewEvery, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            await presence.Renew().ConfigureAwait(false);
        }
    }
}
