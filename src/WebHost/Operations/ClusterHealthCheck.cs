using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Orchestrator.WebHost.Operations;

/// <summary>
/// This host is part of a cluster: the management grain (a system target on a silo, reached through the
/// co-hosted silo or a gateway) answers with the active silos within a short time.
/// </summary>
internal sealed class ClusterHealthCheck(IGrainFactory grains, TimeProvider time, OperationsSettings settings) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    private readonly RecentHealthResult _recent = new(time, settings.ReadyCacheFor);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        _recent.GetOrRun(Check);

    private async Task<HealthCheckResult> Check()
    {
        try
        {
            var silos = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(Timeout);
            return silos.Count > 0
                ? HealthCheckResult.Healthy($"{silos.Count} active silo(s).")
                : HealthCheckResult.Unhealthy("The cluster has no active silo.");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return HealthCheckResult.Unhealthy("The cluster does not answer.", ex);
        }
    }
}
