using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Hosting;

/// <summary>Tells the operator, once the host serves, where the admin token is when it was generated.</summary>
internal sealed partial class StartupNotice(IHostApplicationLifetime lifetime, ILogger<StartupNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            if (AdminTokenBootstrap.GeneratedFile is { } file)
            {
                LogGeneratedToken(logger, file);
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = HostingEvents.AdminTokenGenerated, Level = LogLevel.Warning, Message = "No Orchestrator:AdminToken configured: the admin token for this machine is in {File}")]
    private static partial void LogGeneratedToken(ILogger logger, string file);
}
