using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Orchestrator.WebHost.Hubs;

namespace Orchestrator.Browser.Tests.Infrastructure;

/// <summary>
/// Sits on the page's SignalR WebSocket (Playwright's WebSocket routing): forwards everything, counts
/// the page's <c>JoinEdition</c> calls, can lose every hub event of one edition version on the way,
/// inside its batch (as a page would across a lost connection) and can cut the connection.
/// </summary>
public sealed class HubTap
{
    private const char RecordSeparator = '\u001e';

    private readonly ConcurrentBag<IWebSocketRoute> _routes = [];
    private int _joins;

    public long? LoseVersion { get; set; }

    public int Joins => Volatile.Read(ref _joins);

    public static async Task<HubTap> Attach(IPage page)
    {
        var tap = new HubTap();
        await page.RouteWebSocketAsync("**/hubs/live**", tap.Route);
        return tap;
    }

    /// <summary>Closes every open hub connection from the server's side.</summary>
    public async Task CutConnections()
    {
        foreach (var route in _routes)
        {
            await route.CloseAsync(new() { Code = 1011, Reason = "cut by the test" });
        }
    }

    private void Route(IWebSocketRoute page)
    {
        _routes.Add(page);
        var server = page.ConnectToServer();
        page.OnMessage(frame =>
        {
            if (frame.Text is { } text)
            {
                if (text.Contains("\"JoinEdition\"", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref _joins);
                }

                server.Send(text);
            }
            else
            {
                server.Send(frame.Binary ?? []);
            }
        });
        server.OnMessage(frame =>
        {
            if (frame.Text is not { } text)
            {
                page.Send(frame.Binary ?? []);
                return;
            }

            var kept = text.Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries).Select(Kept).OfType<string>().ToList();
            if (kept.Count > 0)
            {
                page.Send(string.Concat(kept.Select(record => record + RecordSeparator)));
            }
        });
    }

    /// <summary>
    /// The record as the page gets it: a batch (<c>Events</c>) without its events of the lost version, or
    /// nothing when it had no other; another hub message unless it is an event of that version.
    /// </summary>
    private string? Kept(string record)
    {
        if (LoseVersion is not { } version || JsonNode.Parse(record) is not JsonObject { } message || message["type"]?.GetValue<int>() != 1)
        {
            return record;
        }

        if (message["target"]?.GetValue<string>() != LiveEvents.Events)
        {
            return message["arguments"]?[0]?["version"]?.GetValue<long>() == version ? null : record;
        }

        var batch = message["arguments"]![0]!.AsArray();
        var lost = batch.Where(e => e?["payload"]?["version"]?.GetValue<long>() == version).ToList();
        if (lost.Count == 0)
        {
            return record;
        }

        foreach (var entry in lost)
        {
            batch.Remove(entry);
        }

        return batch.Count == 0 ? null : message.ToJsonString();
    }
}
