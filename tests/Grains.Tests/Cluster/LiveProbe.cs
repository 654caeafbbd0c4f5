using System.Threading.Channels;
using Orchestrator.Grains.Interfaces.Live;
using Orleans.TestingHost;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>
/// Stands where a web host would: registered with the live registry, it receives what grains publish,
/// so a test waits on the event itself rather than polling.
/// </summary>
public sealed class LiveProbe : ILiveObserver
{
    private readonly Channel<EditionEvent> _events = Channel.CreateUnbounded<EditionEvent>();

    public Task OnEvents(IReadOnlyList<EditionEvent> events)
    {
        foreach (var e in events)
        {
            _events.Writer.TryWrite(e);
        }

        return Task.CompletedTask;
    }

    public static async Task<LiveProbe> Register(TestCluster cluster)
    {
        var probe = new LiveProbe();
        var reference = cluster.Client.CreateObjectReference<ILiveObserver>(probe);
        await cluster.GrainFactory.GetGrain<ILiveHostRegistryGrain>(0).Register($"probe-{Guid.NewGuid():n}", reference);
        return probe;
    }

    /// <summary>The first event (from now on) that matches, or a failure after <paramref name="within"/>.</summary>
    public async Task<EditionEvent> WaitFor(Func<EditionEvent, bool> match, TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(20));
        await foreach (var e in _events.Reader.ReadAllAsync(timeout.Token))
        {
            if (match(e))
            {
                return e;
            }
        }

        throw new InvalidOperationException("The event stream ended.");
    }
}
