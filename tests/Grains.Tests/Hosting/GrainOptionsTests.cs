using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orchestrator.Silo.Hosting;

namespace Orchestrator.Grains.Tests.Hosting;

/// <summary>The grains' options are checked when the host starts, not when a grain first reads them.</summary>
public sealed class GrainOptionsTests
{
    private static IHost Host(Dictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddOrchestratorGrainServices(builder.Configuration);
        return builder.Build();
    }

    [Theory]
    [InlineData("Orchestrator:Live:HostTimeToLive", "00:00:05", "Orchestrator:Live")]
    [InlineData("Orchestrator:Live:BatchWindow", "00:00:00", "Orchestrator:Live")]
    [InlineData("Orchestrator:Live:PresenceTimeToLive", "00:00:10", "Orchestrator:Live")]
    [InlineData("Orchestrator:Health:ReviewEvery", "00:00:00", "Orchestrator:Health")]
    [InlineData("Orchestrator:Health:StaleAfter", "-00:01:00", "Orchestrator:Health")]
    public async Task Options_OutOfRange_StopTheHostAtStart(string key, string value, string section)
    {
        using var host = Host(new() { [key] = value });
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(section, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_Defaults_Start()
    {
        using var host = Host([]);
        await host.StartAsync();
        await host.StopAsync();
    }
}
