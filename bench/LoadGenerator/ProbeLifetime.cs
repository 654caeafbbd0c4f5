using Microsoft.Extensions.Hosting;

namespace Orchestrator.LoadGenerator;

/// <summary>
/// The probe's host lifetime: it takes no signals, so SIGTERM ends the load generator as it would any
/// console program (the default lifetime would only stop the probe's host, and the run would go on).
/// </summary>
internal sealed class ProbeLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
