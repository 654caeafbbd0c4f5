using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Orchestrator.LoadGenerator;

/// <summary>Opens and closes many official SignalR clients, a bounded number at a time.</summary>
internal static class Screens
{
    private const int ConnectingAtOnce = 32;

    public static async Task<HubConnection[]> Open(
        int count, Uri hubUrl, string? token, Func<int, HubConnection, Task> prepare, IRetryPolicy? reconnect = null, bool messagePack = false)
    {
        var connections = new HubConnection[count];
        using var gate = new SemaphoreSlim(ConnectingAtOnce);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var builder = new HubConnectionBuilder()
                    .WithUrl(hubUrl, o =>
                    {
                        o.Transports = HttpTransportType.WebSockets;
                        o.SkipNegotiation = true;
                        if (token is not null)
                        {
                            o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                        }
                    });
                if (reconnect is not null)
                {
                    builder.WithAutomaticReconnect(reconnect);
                }

                if (messagePack)
                {
                    builder.AddMessagePackProtocol();
                }

                var connection = builder.Build();
                connections[i] = connection;
                await prepare(i, connection);
            }
            finally
            {
                gate.Release();
            }
        }));
        return connections;
    }

    public static Task Close(IEnumerable<HubConnection> connections) =>
        Task.WhenAll(connections.Where(c => c is not null).Select(async c => await c.DisposeAsync()));
}
