using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Orchestrator.LoadGenerator;

/// <summary>
/// One screen of the failover run, following docs/live-protocol.md by itself: it holds each mission's
/// version from its snapshot and the events applied in edition-version order, and joins the edition
/// again on a gap or when a heartbeat still says it is behind after the pages' 2 s grace. It remembers
/// when it first held each mission version, so the run can ask, once the final versions are known,
/// when the screen first held them all.
/// </summary>
/// <remarks>Handlers only queue; one loop per screen applies and makes the hub calls (never inside a handler).</remarks>
internal sealed class FailoverScreen
{
    /// <summary>Every event an edition audience hears (Orchestrator.WebHost.Hubs.LiveEvents.Edition): each raises the version.</summary>
    private static readonly string[] EditionEvents =
        ["MissionChanged", "EditionChanged", "Announcement", "AnnouncementUnpinned", "HelpRequested", "Revealed", "VoteChanged", "VoteRevealed", "SurveyChanged", "ScheduleChanged"];

    private static readonly TimeSpan HeartbeatGrace = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan JoinTimeout = TimeSpan.FromSeconds(30);

    private readonly HubConnection _connection;
    private readonly string _editionId;
    private readonly IReadOnlyDictionary<string, int> _missionIndex;
    private readonly Channel<object> _arrivals = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
    private readonly long[] _held;
    private readonly List<(long Version, long At)>[] _history;
    private readonly TaskCompletionSource<long> _converged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _snapshotVersion;
    private long _version;
    private long[]? _target;
    private Task _following = Task.CompletedTask;

    public FailoverScreen(HubConnection connection, string editionId, IReadOnlyDictionary<string, int> missionIndex)
    {
        _connection = connection;
        _editionId = editionId;
        _missionIndex = missionIndex;
        _held = new long[missionIndex.Count];
        _history = Enumerable.Range(0, missionIndex.Count).Select(_ => new List<(long, long)>()).ToArray();
        // Batches (one message per batch window, [{ name, payload }] in order), or single events from a server older than batches.
        connection.On<JsonElement>("Events", batch =>
        {
            foreach (var entry in batch.EnumerateArray())
            {
                _arrivals.Writer.TryWrite(new ScreenEvent(entry.GetProperty("name").GetString()!, entry.GetProperty("payload")));
            }
        });
        foreach (var name in EditionEvents)
        {
            connection.On<JsonElement>(name, payload => _arrivals.Writer.TryWrite(new ScreenEvent(name, payload)));
        }

        connection.On<JsonElement>("Heartbeat", beat => _arrivals.Writer.TryWrite(new HeartbeatSeen(beat.GetProperty("version").GetInt64())));
    }

    /// <summary>Joins after the first (gaps, heartbeats that found it behind, failed joins tried again).</summary>
    public int Rejoins { get; private set; }

    /// <summary>The <see cref="Stopwatch"/> timestamp at which the screen first held every final version, once it has.</summary>
    public Task<long> Converged => _converged.Task;

    /// <summary>Starts the connection, joins the edition, and follows it until <paramref name="stop"/>.</summary>
    public async Task Start(CancellationToken stop)
    {
        await _connection.StartAsync(stop);
        await Join(stop);
        Rejoins = 0;
        _following = Follow(stop);
    }

    /// <summary>The final version of each mission (by index): <see cref="Converged"/> completes once the screen holds them all.</summary>
    public void Expect(long[] finals) => _arrivals.Writer.TryWrite(new Target(finals));

    public async Task Stop()
    {
        _arrivals.Writer.TryComplete();
        await _following;
    }

    private async Task Follow(CancellationToken stop)
    {
        try
        {
            await foreach (var arrival in _arrivals.Reader.ReadAllAsync(stop))
            {
                switch (arrival)
                {
                    case ScreenEvent e when !Apply(e):
                    case Behind behind when behind.Version > _version:
                        await Join(stop);
                        break;
                    case HeartbeatSeen beat when beat.Version > _version:
                        _ = RecheckAfterGrace(beat.Version, stop);
                        break;
                    case Target target:
                        _target = target.Finals;
                        break;
                }

                CheckConverged();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is HubException or InvalidOperationException or TimeoutException)
        {
            _converged.TrySetException(ex);
        }
    }

    private async Task RecheckAfterGrace(long version, CancellationToken stop)
    {
        try
        {
            await Task.Delay(HeartbeatGrace, stop);
            _arrivals.Writer.TryWrite(new Behind(version));
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>A join may fail while the cluster recovers (the hub says to call it again): it is tried again, a bounded number of times.</summary>
    private async Task Join(CancellationToken stop)
    {
        for (var attempt = 1; ; attempt++)
        {
            Rejoins++;
            try
            {
                var snapshot = await _connection.InvokeAsync<JsonElement>("JoinEdition", _editionId, stop).WaitAsync(JoinTimeout, stop);
                _version = _snapshotVersion = snapshot.GetProperty("version").GetInt64();
                foreach (var mission in snapshot.GetProperty("missions").EnumerateArray())
                {
                    Hold(mission);
                }

                return;
            }
            catch (HubException) when (attempt < 20)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), stop);
            }
        }
    }

    /// <returns>False on a gap: the screen must join again.</returns>
    private bool Apply(ScreenEvent e)
    {
        var version = e.Payload.GetProperty("version").GetInt64();
        if (version <= _snapshotVersion)
        {
            return true;
        }

        if (version > _version + 1)
        {
            return false;
        }

        if (e.Name == "MissionChanged")
        {
            Hold(e.Payload.GetProperty("mission"));
        }

        _version = Math.Max(_version, version);
        return true;
    }

    private void Hold(JsonElement mission)
    {
        if (_missionIndex.TryGetValue(mission.GetProperty("id").GetString()!, out var m))
        {
            var version = mission.GetProperty("version").GetInt64();
            if (version > _held[m])
            {
                _held[m] = version;
                _history[m].Add((version, Stopwatch.GetTimestamp()));
            }
        }
    }

    /// <summary>When every final version is held: the latest of the moments each was first held.</summary>
    private void CheckConverged()
    {
        if (_target is null || _converged.Task.IsCompleted || _held.Where((version, m) => version < _target[m]).Any())
        {
            return;
        }

        _converged.TrySetResult(_history.Select((history, m) => history.First(h => h.Version >= _target[m]).At).Max());
    }

    private sealed record ScreenEvent(string Name, JsonElement Payload);

    private sealed record HeartbeatSeen(long Version);

    private sealed record Behind(long Version);

    private sealed record Target(long[] Finals);
}
