using Microsoft.Extensions.Time.Testing;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>
/// Event time for the in-process test silos, starting when the Factory 2018 opened (09:00 in Paris):
/// tests move it forward instead of waiting.
/// </summary>
public static class TestClock
{
    public static FakeTimeProvider Instance { get; } = new(new DateTimeOffset(2018, 11, 14, 8, 0, 0, TimeSpan.Zero));
}
