using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Orchestrator.WebHost.Operations;

/// <summary>
/// A check's last result, kept for a moment: <c>/health/ready</c> is public, so a burst of probes (or a
/// loop against the venue's address) costs one store connection or cluster call per moment, and probes
/// arriving together share the one running (<see cref="OperationsSettings.ReadyCacheFor"/>).
/// </summary>
public sealed class RecentHealthResult(TimeProvider time, TimeSpan keep)
{
    private readonly Lock _gate = new();
    private Task<HealthCheckResult>? _last;
    private DateTimeOffset _takenAt;

    public Task<HealthCheckResult> GetOrRun(Func<Task<HealthCheckResult>> check)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_last is null || (_last.IsCompleted && now - _takenAt >= keep))
            {
                _takenAt = now;
                _last = check();
            }

            return _last;
        }
    }
}
