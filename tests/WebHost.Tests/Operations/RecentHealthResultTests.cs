using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using Orchestrator.WebHost.Operations;

namespace Orchestrator.WebHost.Tests.Operations;

public sealed class RecentHealthResultTests
{
    private static readonly TimeSpan Keep = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task ProbesWithinThePeriod_ShareOneCheck_AndTheNextPeriodChecksAgain()
    {
        var time = new FakeTimeProvider();
        var recent = new RecentHealthResult(time, Keep);
        var runs = 0;
        Task<HealthCheckResult> Check()
        {
            runs++;
            return Task.FromResult(HealthCheckResult.Healthy());
        }

        await recent.GetOrRun(Check);
        time.Advance(Keep / 2);
        await recent.GetOrRun(Check);
        var withinPeriod = runs;
        time.Advance(Keep / 2);
        await recent.GetOrRun(Check);

        Assert.Equal((1, 2), (withinPeriod, runs));
    }

    [Fact]
    public async Task ProbesArrivingWhileACheckRuns_WaitForThatOne()
    {
        var time = new FakeTimeProvider();
        var recent = new RecentHealthResult(time, TimeSpan.Zero);
        var running = new TaskCompletionSource<HealthCheckResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = 0;
        Task<HealthCheckResult> Check()
        {
            runs++;
            return running.Task;
        }

        var first = recent.GetOrRun(Check);
        var second = recent.GetOrRun(Check);
        running.SetResult(HealthCheckResult.Unhealthy("down"));

        Assert.Same(first, second);
        Assert.Equal(HealthStatus.Unhealthy, (await second).Status);
        Assert.Equal(1, runs);
    }
}
