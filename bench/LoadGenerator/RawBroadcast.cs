using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;

namespace Orchestrator.LoadGenerator;

/// <summary>The raw broadcast: an <c>Events</c> batch to every screen of the bare hub, <paramref name="rate"/> times a second.</summary>
internal static class RawBroadcast
{
    /// <summary>Broadcasts for <paramref name="duration"/>; a batch carries its send time when <paramref name="measure"/>, 0 (not timed) otherwise. Returns the batches sent.</summary>
    public static async Task<long> Run(IHubContext<RawHub> hub, double rate, TimeSpan duration, bool measure)
    {
        var clock = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / rate));
        var ticks = 0L;
        var maxTicks = (long)Math.Ceiling(duration.TotalSeconds * rate) + 1;
        do
        {
            await hub.Clients.All.SendAsync("Events", RawBatch.Of(measure ? Stopwatch.GetTimestamp() : 0L));
            ticks++;
        }
        while (ticks < maxTicks && clock.Elapsed < duration && await timer.WaitForNextTickAsync());
        return ticks;
    }
}
