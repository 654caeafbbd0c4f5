namespace Orchestrator.WebHost.Hubs;

/// <summary>
/// When the host starts stopping (a deploy's SIGTERM), every live connection on it is dropped at once,
/// before the web server waits for its requests to end: the screens reconnect in any case (to another web
/// host, or to this one once it is back). Closed one by one, each WebSocket waits for its client's answer
/// to the close; under 10,000 screens on a busy machine a stop once waited out the host's whole shutdown
/// timeout (31 s instead of 2.5–3 s), and the co-hosted silo's own stop was then cancelled.
/// New live connections are refused from then on (503 at their setup, <see cref="LiveSetupThrottle"/>).
/// </summary>
internal sealed partial class LiveShutdown(IHostApplicationLifetime lifetime, LiveConnections connections, ILogger<LiveShutdown> logger) : IHostedService
{
    private CancellationTokenRegistration _stopping;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _stopping = lifetime.ApplicationStopping.Register(() => LogDropped(logger, connections.AbortAll()));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Dispose();
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 4202, EventName = "LiveConnectionsDroppedOnStop", Level = LogLevel.Information,
        Message = "The host is stopping: dropped its {Count} live connections (the screens reconnect)")]
    private static partial void LogDropped(ILogger logger, int count);
}
