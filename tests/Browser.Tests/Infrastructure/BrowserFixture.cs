using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.Browser.Tests.Infrastructure;

/// <summary>
/// One real server (co-hosted silo, SQLite) and one headless Debian Chromium for a collection.
/// Tests use fresh edition ids and a fresh browser context each, so they do not see one another.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public OrchestratorServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Cuts one token's requests at the server, as a phone's lost network would.</summary>
    public NetworkCut Network { get; } = new();

    public async Task InitializeAsync()
    {
        Server = OrchestratorServer.Start(services: s => s.AddSingleton<IStartupFilter>(Network));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ORCHESTRATOR_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A new context (its own storage) whose pages resolve relative addresses against the server.</summary>
    public Task<IBrowserContext> NewContext(ViewportSize? viewport = null, string locale = "fr-FR") =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            ViewportSize = viewport ?? new ViewportSize { Width = 1366, Height = 900 },
            Locale = locale,
        });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
