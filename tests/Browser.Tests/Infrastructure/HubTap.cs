using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Orchestrator.Browser.Tests.Infrastructure;

/// <summary>
/// Sits on the page's SignalR WebSocket (Playwright's WebSocket routing): forwards everything, counts
/// the page's <c>JoinEdition</c> calls, can lose every hub event of one edition version on the way
/// (as a page would across a lost connection) and can cut the connection.
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

            var kept = text.Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries).Where(record => !Lost(record)).ToList();
            if (kept.Count > 0)
            {
                page.Send(string.Concat(kept.Select(record => record + RecordSeparator)));
            }
        });
    }

    private bool Lost(string record)
    {
        if (LoseVersion is not { } version)
        {
            return false;
        }

        var message = JsonNode.Parse(record);
        return message?["type"]?.GetValue<int>() == 1 && message["arguments"]?[0]?["version"]?.GetValue<long>() == version;
    }
}
