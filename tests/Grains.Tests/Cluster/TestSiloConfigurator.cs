using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orchestrator.Silo.Hosting;
using Orleans.TestingHost;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>Our real storage and grain services on each test silo; the test cluster brings its own clustering.</summary>
public sealed class TestSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddOrchestratorStorage(siloBuilder.Configuration);
        siloBuilder.UseInMemoryReminderService();
        siloBuilder.Services.Replace(ServiceDescriptor.Singleton(new EventClock(TestClock.Instance)));
    }
}
