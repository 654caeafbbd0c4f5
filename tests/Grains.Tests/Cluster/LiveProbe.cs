using System.Threading.Channels;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Presence;
using Orleans.TestingHost;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>
/// Stands where a web host would: registered with the live registry, it receives what grains publish,
/// so a test waits on the event itself rather than polling.
/// </summary>
public sealed class LiveProbe : ILiveObserver
{
    private readonly Channel<EditionEvent> _events = Channel.CreateUnbounded<EditionEvent>();
    private readonly Channel<MissionPresence> _presences = Channel.CreateUnbounded<MissionPresence>();
    private readonly Channel<string> _revoked = Channel.CreateUnbounded<string>();

    public Task OnEvents(IReadOnlyList<EditionEvent> events)
    {
        foreach (var e in events)
        {
            _events.Writer.TryWrite(e);
        }

        return Task.CompletedTask;
    }

    public Task OnPresence(MissionPresence presence)
    {
        _presences.Writer.TryWrite(presence);
        return Task.CompletedTask;
    }

    public Task OnTokensRevoked(IReadOnlyList<string> tokenIds)
    {
        foreach (var id in tokenIds)
        {
            _revoked.Writer.TryWrite(id);
        }

        return Task.CompletedTask;
    }

    public Task OnMemberErased(string editionId, string missionId, string memberId) => Task.CompletedTask;

    /// <summary>Waits until the hosts are told that the token with this public id was revoked.</summary>
    public async Task WaitForRevoked(string tokenId, TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(20));
        await foreach (var id in _revoked.Reader.ReadAllAsync(timeout.Token))
        {
            if (id == tokenId)
            {
                return;
            }
        }
    }

    /// <summary>The first presence push (from now on) that matches, or a failure after <paramref name="within"/>.</summary>
    public async Task<MissionPresence> WaitForPresence(Func<MissionPresence, bool> match, TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(20));
        await foreach (var p in _presences.Reader.ReadAllAsync(timeout.Token))
        {
            if (match(p))
            {
                return p;
            }
        }

        throw new InvalidOperationException("The presence stream ended.");
    }

    public static Task<LiveProbe> Register(TestCluster cluster) => RegisterAsHost(cluster, new LiveProbe(), "probe");

    /// <summary>Registers <paramref name="observer"/> with the live registry as a web host would.</summary>
    public static async Task<T> RegisterAsHost<T>(TestCluster cluster, T observer, string name)
        where T : ILiveObserver
    {
        var reference = cluster.Client.CreateObjectReference<ILiveObserver>(observer);
        await cluster.GrainFactory.GetGrain<ILiveHostRegistryGrain>(0).Register($"{name}-{Guid.NewGuid():n}", reference);
        return observer;
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
