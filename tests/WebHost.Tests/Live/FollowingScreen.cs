using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>
/// A screen that keeps itself right as docs/live-protocol.md tells an outside client to, with no help
/// from the test: it applies events to its <see cref="LiveMirror"/> in version order, and joins the
/// edition again on a gap, after a reconnect, or when a heartbeat still says it is behind after the
/// pages' grace. A test waits for it to hold a given state.
/// </summary>
/// <remarks>
/// Handlers only queue what arrived; one loop applies it and makes the hub calls, since a hub call
/// awaited inside a handler would wait on the very receive loop that must deliver its answer.
/// </remarks>
public sealed class FollowingScreen : IAsyncDisposable
{
    private static readonly TimeSpan HeartbeatGrace = TimeSpan.FromSeconds(2);

    private readonly HubConnection _connection;
    private readonly string _editionId;
    private readonly Channel<object> _arrivals = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
    private readonly LiveMirror _mirror = new();
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _following = Task.CompletedTask;
    private Exception? _failure;

    private FollowingScreen(HubConnection connection, string editionId)
    {
        _connection = connection;
        _editionId = editionId;
        connection.On<JsonElement>(Hubs.LiveEvents.Events, batch =>
        {
            foreach (var entry in batch.EnumerateArray())
            {
                var payload = entry.GetProperty("payload");
                _arrivals.Writer.TryWrite(new LiveEvent(entry.GetProperty("name").GetString()!, payload.GetProperty("version").GetInt64(), payload));
            }
        });

        connection.On<JsonElement>(Hubs.LiveEvents.Heartbeat, beat => _arrivals.Writer.TryWrite(new Beat(beat.GetProperty("version").GetInt64())));
        connection.Reconnected += _ =>
        {
            _arrivals.Writer.TryWrite(new Rejoin());
            return Task.CompletedTask;
        };
    }

    /// <summary>How many times the screen joined the edition (the first join included).</summary>
    public int Joins { get; private set; }

    /// <summary>Connects to <paramref name="server"/> and joins the edition, then follows it until disposed.</summary>
    public static async Task<FollowingScreen> Join(OrchestratorServer server, string editionId)
    {
        var screen = new FollowingScreen(server.Hub(reconnect: true), editionId);
        await screen._connection.StartAsync().WaitAsync(LiveScreen.Timeout);
        await screen.JoinAgain();
        screen._following = screen.Follow();
        return screen;
    }

    /// <summary>
    /// Completes once the screen's mirror is at <paramref name="version"/> with each mission at the
    /// version given; fails after <paramref name="within"/> with what the screen holds.
    /// </summary>
    public async Task Converged(long version, IReadOnlyDictionary<string, long> missions, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_failure is not null)
                {
                    throw new InvalidOperationException("The screen stopped following the edition.", _failure);
                }

                if (_mirror.Version == version && missions.All(m => _mirror.MissionVersions.GetValueOrDefault(m.Key) == m.Value))
                {
                    return;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                lock (_gate)
                {
                    var held = string.Join(", ", _mirror.MissionVersions.Select(m => $"{m.Key}={m.Value}"));
                    throw new TimeoutException(
                        $"After {within} the screen holds version {_mirror.Version} ({held}) after {Joins} joins; expected {version} " +
                        $"({string.Join(", ", missions.Select(m => $"{m.Key}={m.Value}"))}).");
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _arrivals.Writer.TryComplete();
        await _following;
        await _connection.DisposeAsync();
        _stop.Dispose();
    }

    private async Task Follow()
    {
        try
        {
            await foreach (var arrival in _arrivals.Reader.ReadAllAsync(_stop.Token))
            {
                switch (arrival)
                {
                    case LiveEvent e when !Apply(e):
                    case Rejoin:
                    case Behind behind when behind.Version > CurrentVersion():
                        await JoinAgain();
                        break;
                    case Beat beat when beat.Version > CurrentVersion():
                        _ = RecheckAfterGrace(beat.Version);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            lock (_gate)
            {
                _failure = ex;
                Signal();
            }
        }
    }

    private async Task RecheckAfterGrace(long version)
    {
        try
        {
            await Task.Delay(HeartbeatGrace, _stop.Token);
            _arrivals.Writer.TryWrite(new Behind(version));
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>
    /// A join may fail while the cluster recovers (the hub says to call it again), or while the connection
    /// reconnects (its Reconnected handler queues another join): so it tries again, a bounded number of times.
    /// </summary>
    private async Task JoinAgain()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var snapshot = await _connection.InvokeAsync<JsonElement>("JoinEdition", _editionId, _stop.Token).WaitAsync(LiveScreen.Timeout, _stop.Token);
                lock (_gate)
                {
                    _mirror.Load(snapshot);
                    Joins++;
                    Signal();
                }

                return;
            }
            catch (Exception ex) when (attempt < 10 && (ex is HubException || _connection.State != HubConnectionState.Connected))
            {
                await Task.Delay(TimeSpan.FromSeconds(1), _stop.Token);
            }
        }
    }

    private bool Apply(LiveEvent e)
    {
        lock (_gate)
        {
            var applied = _mirror.Apply(e);
            Signal();
            return applied;
        }
    }

    private long CurrentVersion()
    {
        lock (_gate)
        {
            return _mirror.Version;
        }
    }

    private void Signal()
    {
        _changed.TrySetResult();
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed record Beat(long Version);

    private sealed record Behind(long Version);

    private sealed record Rejoin;
}
