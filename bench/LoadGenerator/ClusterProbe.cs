using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Silo.Hosting;

namespace Orchestrator.LoadGenerator;

/// <summary>
/// An Orleans client of the cluster under test, configured as a client-only web host is (the
/// <c>Orchestrator__Cluster__*</c> and <c>Orchestrator__Storage__*</c> environment variables): it asks
/// which silo holds a grain, and empties the silos' memory so reads come from the store. Its logs go to stderr.
/// </summary>
internal sealed class ClusterProbe(IHost host) : IAsyncDisposable
{
    private IGrainFactory Grains => host.Services.GetRequiredService<IClusterClient>();

    private IManagementGrain Management => Grains.GetGrain<IManagementGrain>(0);

    public static async Task<ClusterProbe> Connect(TimeSpan within)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<IHostLifetime, ProbeLifetime>();
        builder.UseOrleansClient(client => client.AddOrchestratorClient(builder.Configuration));
        var host = builder.Build();
        using var timeout = new CancellationTokenSource(within);
        await host.StartAsync(timeout.Token);
        return new ClusterProbe(host);
    }

    /// <summary>The active silos' ports.</summary>
    public async Task<List<int>> ActiveSilos() =>
        (await Management.GetHosts(onlyActive: true)).Keys.Select(silo => silo.Endpoint.Port).ToList();

    /// <summary>The port of the silo holding the edition's grain (every update passes through it).</summary>
    public async Task<int?> EditionHolder(string editionId) =>
        (await Management.GetActivationAddress(Grains.GetGrain<IEditionGrain>(editionId)))?.Endpoint.Port;

    /// <summary>The port of the silo holding the live host registry (the web hosts the events go to).</summary>
    public async Task<int?> RegistryHolder() =>
        (await Management.GetActivationAddress(Grains.GetGrain<ILiveHostRegistryGrain>(0)))?.Endpoint.Port;

    /// <summary>Every activation leaves memory, so the next read of a grain comes from the store.</summary>
    public Task EmptyMemory() => Management.ForceActivationCollection(TimeSpan.Zero);

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await host.StopAsync(timeout.Token);
        host.Dispose();
    }
}
