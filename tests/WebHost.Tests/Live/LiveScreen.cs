using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>
/// A screen on <c>/hubs/live</c> through the official .NET client (JSON, or MessagePack when asked): every
/// edition event of every batch it receives goes, in order, into a channel the test reads with a bounded
/// timeout, numbered by the message that carried it.
/// </summary>
public sealed class LiveScreen : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private readonly Channel<LiveEvent> _events = Channel.CreateUnbounded<LiveEvent>();
    private readonly Channel<long> _heartbeats = Channel.CreateUnbounded<long>();
    private readonly bool _messagePack;
    private int _messages;

    private LiveScreen(HubConnection connection, bool messagePack)
    {
        Connection = connection;
        _messagePack = messagePack;
        if (messagePack)
        {
            // What any MessagePack client decodes, with no knowledge of the server's types: maps, arrays, values.
            connection.On<object[]>(Hubs.LiveEvents.Events, batch => Received(batch.Select(MessagePackTree.ToJson)));
            connection.On<object>(Hubs.LiveEvents.Heartbeat, beat => Beat(MessagePackTree.ToJson(beat)));
        }
        else
        {
            connection.On<JsonElement>(Hubs.LiveEvents.Events, batch => Received(batch.EnumerateArray()));
            connection.On<JsonElement>(Hubs.LiveEvents.Heartbeat, Beat);
        }
    }

    private void Received(IEnumerable<JsonElement> batch)
    {
        var message = Interlocked.Increment(ref _messages);
        foreach (var entry in batch)
        {
            var name = entry.GetProperty("name").GetString()!;
            var payload = entry.GetProperty("payload");
            _events.Writer.TryWrite(new LiveEvent(name, payload.GetProperty("version").GetInt64(), payload, message));
        }
    }

    private void Beat(JsonElement beat) => _heartbeats.Writer.TryWrite(beat.GetProperty("version").GetInt64());

    public HubConnection Connection { get; }

    public static async Task<LiveScreen> Connect(OrchestratorServer server, string token = OrchestratorServer.AdminToken, bool reconnect = false, bool messagePack = false)
    {
        var screen = new LiveScreen(server.Hub(token, reconnect, messagePack), messagePack);
        await screen.Connection.StartAsync().WaitAsync(Timeout);
        return screen;
    }

    /// <summary>The version of the last snapshot: events up to it are already in it, and <see cref="Next"/> skips them.</summary>
    public long SnapshotVersion { get; private set; }

    public async Task<JsonElement> JoinEdition(string editionId)
    {
        var snapshot = await Invoke("JoinEdition", editionId);
        SnapshotVersion = snapshot.GetProperty("version").GetInt64();
        return snapshot;
    }

    /// <summary>The version of the first heartbeat (from now on) at or above <paramref name="version"/>.</summary>
    public async Task<long> HeartbeatAtLeast(long version)
    {
        using var cancel = new CancellationTokenSource(Timeout);
        while (true)
        {
            var beat = await _heartbeats.Reader.ReadAsync(cancel.Token);
            if (beat >= version)
            {
                return beat;
            }
        }
    }

    /// <summary>The events received so far, without waiting.</summary>
    public List<LiveEvent> Received()
    {
        var received = new List<LiveEvent>();
        while (_events.Reader.TryRead(out var e))
        {
            received.Add(e);
        }

        return received;
    }

    /// <summary>Joins the mission's group (a team or lead page) and returns the mission's detail.</summary>
    public Task<JsonElement> JoinMission(string editionId, string missionId) => Invoke("JoinMission", editionId, missionId);

    /// <summary>A hub method's answer, as JSON in either protocol.</summary>
    private async Task<JsonElement> Invoke(string method, params object[] arguments) => _messagePack
        ? MessagePackTree.ToJson(await Connection.InvokeCoreAsync<object>(method, arguments).WaitAsync(Timeout))
        : await Connection.InvokeCoreAsync<JsonElement>(method, arguments).WaitAsync(Timeout);

    public async Task<LiveEvent> Next()
    {
        using var cancel = new CancellationTokenSource(Timeout);
        while (true)
        {
            var e = await _events.Reader.ReadAsync(cancel.Token);
            if (e.Version > SnapshotVersion)
            {
                return e;
            }
        }
    }

    /// <summary>
    /// Reads events until one with <paramref name="version"/> or above has come, and the events of that
    /// version already received after it (others of that version may still be on their way: use
    /// <see cref="UntilEvent"/> to wait for a given one).
    /// </summary>
    public async Task<List<LiveEvent>> Until(long version)
    {
        var seen = new List<LiveEvent>();
        while (seen.Count == 0 || seen[^1].Version < version)
        {
            seen.Add(await Next());
        }

        // Events of one change leave together: take the rest of that version if already there.
        while (_events.Reader.TryPeek(out var more) && more.Version == seen[^1].Version)
        {
            seen.Add(await Next());
        }

        return seen;
    }

    /// <summary>Reads events up to and including the first one that matches.</summary>
    public async Task<List<LiveEvent>> UntilEvent(Func<LiveEvent, bool> last)
    {
        var seen = new List<LiveEvent>();
        while (seen.Count == 0 || !last(seen[^1]))
        {
            seen.Add(await Next());
        }

        return seen;
    }

    /// <summary>Forgets what arrived so far, as a screen that missed events would.</summary>
    public void Drop()
    {
        while (_events.Reader.TryRead(out _))
        {
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
