using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Orchestrator.Grains.Live;
using Orchestrator.WebHost.Realtime;

namespace Orchestrator.WebHost.Operations;

/// <summary>
/// Grains can reach this host's screens: its live registration was renewed within the time the
/// registry keeps a host (<see cref="LiveOptions.HostTimeToLive"/>).
/// </summary>
internal sealed class LiveRegistrationHealthCheck(LiveRegistrationStatus status, IOptions<LiveOptions> options, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var last = status.LastRegistered;
        if (last is null)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("This host has not registered for live events yet."));
        }

        var age = time.GetUtcNow() - last.Value;
        return Task.FromResult(age <= options.Value.HostTimeToLive
            ? HealthCheckResult.Healthy($"Live registration renewed {age.TotalSeconds:0.#} s ago.")
            : HealthCheckResult.Unhealthy($"Live registration last renewed {age.TotalSeconds:0} s ago, longer than the registry keeps a host."));
    }
}
