using Orchestrator.WebHost.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddOrchestrator();

var app = builder.Build();
app.MapOrchestrator();
app.Run();

/// <summary>The entry point, visible to <c>WebApplicationFactory&lt;Program&gt;</c> in tests.</summary>
public partial class Program;
