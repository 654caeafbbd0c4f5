using System.Net;
using System.Net.Sockets;

namespace Orchestrator.TestSupport;

/// <summary>Hands out loopback TCP ports that are free right now and never the same one twice per process.</summary>
/// <remarks>
/// Another process can still take the port between this call and the caller's bind, so callers that
/// start a server should retry with a new port when the bind fails.
/// </remarks>
public static class FreePort
{
    private const int MaxAttempts = 200;

    private static readonly Lock Gate = new();
    private static readonly HashSet<int> HandedOut = [];

    public static int Next()
    {
        lock (Gate)
        {
            for (var attempt = 0; attempt < MaxAttempts; attempt++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                int port;
                try
                {
                    port = ((IPEndPoint)listener.LocalEndpoint).Port;
                }
                finally
                {
                    listener.Stop();
                }

                if (HandedOut.Add(port))
                {
                    return port;
                }
            }
        }

        throw new InvalidOperationException($"No unused loopback port found after {MaxAttempts} attempts.");
    }
}
