namespace Orchestrator.Grains.Tests.Cluster;

public static class Ids
{
    public static string New(string prefix) => $"{prefix}-{Guid.NewGuid():n}"[..Math.Min(64, prefix.Length + 33)];
}
