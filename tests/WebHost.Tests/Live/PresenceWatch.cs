using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>The <c>PresenceChanged</c> events a connection receives, newest sequence kept, awaited with a bounded timeout.</summary>
public sealed class PresenceWatch
{
    private readonly Channel<JsonElement> _events = Channel.CreateUnbounded<JsonElement>();
    private long _sequence = long.MinValue;

    public PresenceWatch(HubConnection connection) =>
        connection.On<JsonElement>("PresenceChanged", payload => _events.Writer.TryWrite(payload));

    public int Received { get; private set; }

    /// <summary>The first presence (not older than one already seen) that matches.</summary>
    public async Task<JsonElement> Until(Func<JsonElement, bool> match)
    {
        using var cancel = new CancellationTokenSource(LiveScreen.Timeout);
        while (true)
        {
            var presence = await _events.Reader.ReadAsync(cancel.Token);
            Received++;
            var sequence = presence.GetProperty("sequence").GetInt64();
            if (sequence < _sequence)
            {
                continue;
            }

            _sequence = sequence;
            if (match(presence))
            {
                return presence;
            }
        }
    }

    public Task<JsonElement> UntilCount(int count) => Until(p => p.GetProperty("count").GetInt32() == count);

    public bool Any => _events.Reader.Count > 0 || Received > 0;
}
