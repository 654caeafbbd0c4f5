using Microsoft.Extensions.Hosting;
using Orchestrator.Silo.Hosting;

// A headless silo: reads the same Orchestrator:* keys as the web host (appsettings.json, environment).
var builder = Host.CreateApplicationBuilder(args);
builder.UseOrleans(silo => silo.AddOrchestratorSilo(builder.Configuration));
await builder.Build().RunAsync();
