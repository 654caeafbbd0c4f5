using Microsoft.Extensions.Configuration;
using Orchestrator.Silo.Hosting;

namespace Orchestrator.Grains.Tests.Hosting;

/// <summary>The failure-detection settings are checked when a host reads them, before it joins a cluster.</summary>
public sealed class ClusterSettingsTests
{
    private static ClusterSettings Read(Dictionary<string, string?> settings) =>
        ClusterSettings.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    [Theory]
    [InlineData("ProbeTimeout", "00:00:00")]
    [InlineData("MaxProbeTimeout", "00:00:00.500")]
    [InlineData("MissedProbesLimit", "0")]
    [InlineData("VotesForDeath", "0")]
    [InlineData("TableRefresh", "-00:00:01")]
    [InlineData("IAmAlivePeriod", "00:00:00")]
    [InlineData("ResponseTimeout", "00:00:02")]
    [InlineData("ClientResponseTimeout", "00:00:02")]
    [InlineData("ClientResponseTimeout", "00:00:00")]
    [InlineData("GatewayListRefresh", "00:00:00")]
    public void FailureDetection_OutOfRange_IsRefusedNamingTheSetting(string key, string value)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Read(new() { [$"Orchestrator:Cluster:{key}"] = value }));
        Assert.Contains(key, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FailureDetection_Settings_ReachTheSettings()
    {
        var read = Read(new()
        {
            ["Orchestrator:Cluster:ProbeTimeout"] = "00:00:03",
            ["Orchestrator:Cluster:MaxProbeTimeout"] = "00:00:06",
            ["Orchestrator:Cluster:IndirectProbes"] = "false",
            ["Orchestrator:Cluster:ResponseTimeout"] = "00:00:20",
            ["Orchestrator:Cluster:ClientResponseTimeout"] = "00:00:07",
        });

        Assert.Equal(
            (TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(6), false, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(7)),
            (read.ProbeTimeout, read.MaxProbeTimeout, read.IndirectProbes, read.ResponseTimeout, read.ClientResponseTimeout));
    }
}
