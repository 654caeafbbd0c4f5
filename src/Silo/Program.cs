using Microsoft.Extensions.Hosting;
using Orchestrator.Silo.Hosting;

namespace Orchestrator.Silo;

/// <summary>
/// A headless silo: reads the same <c>Orchestrator:*</c> keys as the web host (appsettings.json,
/// environment variables). Not the global <c>Program</c>, which is the web host's.
/// </summary>
internal static class SiloProgram
{
    public static async Task Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.UseOrleans(silo => silo.AddOrchestratorSilo(builder.Configuration));
        await builder.Build().RunAsync();
    }
}
