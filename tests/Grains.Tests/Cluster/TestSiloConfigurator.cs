using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orchestrator.Silo.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>
/// Our real storage and grain services on each test silo, with its cluster's own event clock; the test
/// cluster brings its own clustering. Writes pass <see cref="StorageGates"/> on their way to the store,
/// calls are counted by <see cref="CallArrivals"/> and what editions publish is kept by <see cref="PublishedEvents"/>.
/// </summary>
public sealed class TestSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddOrchestratorStorage(siloBuilder.Configuration);
        var store = siloBuilder.Services.Last(d => d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, StorageNames.Orchestrator));
        siloBuilder.Services.Remove(store);
        siloBuilder.Services.AddKeyedSingleton<IGrainStorage>(StorageNames.Orchestrator, (services, key) =>
            new GatedGrainStorage((IGrainStorage)store.KeyedImplementationFactory!(services, key)));
        siloBuilder.AddIncomingGrainCallFilter<CallArrivals>();
        siloBuilder.AddOutgoingGrainCallFilter<PublishedEvents>();
        siloBuilder.UseInMemoryReminderService();
        var clock = ClusterClocks.For(siloBuilder.Configuration[ClusterClocks.ConfigurationKey]);
        siloBuilder.Services.Replace(ServiceDescriptor.Singleton(new EventClock(clock)));
    }
}
