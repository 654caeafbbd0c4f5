using System.Threading.Channels;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Presence;
using Orleans.TestingHost;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>
/// A web host whose first push does not answer until the test releases it (a host busy or slow), and that
/// notes whether a push ever reached it while another one was still unanswered.
/// </summary>
public sealed class HeldProbe : ILiveObserver
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstHeld = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Channel<EditionEvent> _events = Channel.CreateUnbounded<EditionEvent>();
    private int _unanswered;
    private int _pushes;

    /// <summary>The most pushes that were unanswered at the same time.</summary>
    public int MostAtOnce { get; private set; }

    /// <summary>How many pushes arrived.</summary>
    public int Pushes => Volatile.Read(ref _pushes);

    /// <summary>Completes when the first push has arrived and is being held.</summary>
    public Task FirstHeld => _firstHeld.Task;

    public async Task OnEvents(IReadOnlyList<EditionEvent> events)
    {
        var atOnce = Interlocked.Increment(ref _unanswered);
        MostAtOnce = Math.Max(MostAtOnce, atOnce);
        foreach (var e in events)
        {
            _events.Writer.TryWrite(e);
        }

        if (Interlocked.Increment(ref _pushes) == 1)
        {
            _firstHeld.TrySetResult();
            await _release.Task;
        }

        Interlocked.Decrement(ref _unanswered);
    }

    public void Release() => _release.TrySetResult();

    /// <summary>The versions of the next <paramref name="count"/> events, in the order they arrived.</summary>
    public async Task<IReadOnlyList<long>> NextVersions(int count, TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(20));
        var versions = new List<long>(count);
        while (versions.Count < count)
        {
            versions.Add((await _events.Reader.ReadAsync(timeout.Token)).Version);
        }

        return versions;
    }

    public Task OnPresence(MissionPresence presence) => Task.CompletedTask;

    public Task OnTokensRevoked(IReadOnlyList<string> tokenIds) => Task.CompletedTask;

    public Task OnMemberErased(string editionId, string missionId, string memberId) => Task.CompletedTask;

    public static Task<HeldProbe> Register(TestCluster cluster) => LiveProbe.RegisterAsHost(cluster, new HeldProbe(), "held");
}
