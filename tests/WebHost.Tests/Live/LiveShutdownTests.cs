using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orchestrator.WebHost.Hubs;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>
/// A host that starts stopping drops its live connections at once, without the WebSocket closing
/// handshake that would wait for each client's answer (a frozen or starved client held a stop for its
/// whole shutdown timeout): the screen sees its connection end, and reconnects elsewhere or later.
/// </summary>
public sealed class LiveShutdownTests
{
    private const char RecordSeparator = '\u001e';

    [Fact]
    public async Task StoppingTheHost_DropsAJoinedScreen_WithoutWaitingForItToAnswerTheClose()
    {
        await using var server = OrchestratorServer.Start();
        using var admin = server.Client();
        var (editionId, _) = await admin.CreateEditionWithMission();

        // A screen that speaks SignalR's JSON protocol by hand, joined to the edition, then reads nothing
        // more until the host stops (as a frozen tab would).
        using var socket = new ClientWebSocket();
        var hub = new UriBuilder(server.BaseAddress) { Scheme = "ws", Path = "/hubs/live", Query = $"access_token={OrchestratorServer.AdminToken}" }.Uri;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(hub, timeout.Token);
        await Send(socket, """{"protocol":"json","version":1}""", timeout.Token);
        Assert.Equal("{}", await Receive(socket, timeout.Token));
        await Send(socket, $$"""{"type":1,"invocationId":"join","target":"JoinEdition","arguments":["{{editionId}}"]}""", timeout.Token);
        string message;
        do
        {
            message = await Receive(socket, timeout.Token);
        }
        while (!message.Contains("\"invocationId\":\"join\"", StringComparison.Ordinal));
        Assert.Contains("\"type\":3", message, StringComparison.Ordinal);
        Assert.DoesNotContain("\"error\"", message, StringComparison.Ordinal);

        server.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        // Dropped: the connection ends without a close frame (a graceful close would send one and wait for
        // the answer); the hub's own close message may come first.
        var dropped = await Assert.ThrowsAsync<WebSocketException>(async () =>
        {
            while (true)
            {
                await Receive(socket, timeout.Token);
            }
        });
        Assert.Equal(WebSocketError.ConnectionClosedPrematurely, dropped.WebSocketErrorCode);
    }

    [Fact]
    public async Task AHostThatIsStopping_TurnsAwayScreensThatReconnect_503ProblemJson_AndStillAnswersTheApi()
    {
        await using var server = OrchestratorServer.Start();
        using var admin = server.Client();
        var (editionId, _) = await admin.CreateEditionWithMission();
        await using var screen = await LiveScreen.Connect(server);
        await screen.JoinEdition(editionId);

        // What the stop does first (until the web server stops listening, dropped screens reconnect to it,
        // and nobody would close them again: the stop would wait for them).
        Assert.Equal(1, server.Services.GetRequiredService<LiveConnections>().AbortAll());

        await SetupRefusal.AssertNewScreensRefused(server, admin, editionId);
    }

    private static Task Send(ClientWebSocket socket, string message, CancellationToken cancel) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message + RecordSeparator), WebSocketMessageType.Text, endOfMessage: true, cancel);

    /// <summary>The next SignalR message (one record); a close frame fails the test's expectation of a drop.</summary>
    private static async Task<string> Receive(ClientWebSocket socket, CancellationToken cancel)
    {
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancel);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            if (result.EndOfMessage && text.Length > 0 && text[^1] == RecordSeparator)
            {
                return text.ToString().TrimEnd(RecordSeparator);
            }
        }
    }
}
