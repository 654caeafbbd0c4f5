using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orchestrator.Silo.Hosting;
using Orleans.TestingHost;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>Our real storage and grain services on each test silo, with its cluster's own event clock; the test cluster brings its own clustering.</summary>
public sealed class TestSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddOrchestratorStorage(siloBuilder.Configuration);
        siloBuilder.UseInMemoryReminderService();
        var clock = ClusterClocks.For(siloBuilder.Configuration[ClusterClocks.ConfigurationKey]);
        siloBuilder.Services.Replace(ServiceDescriptor.Singleton(new EventClock(clock)));
    }
}
