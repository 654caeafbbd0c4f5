using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.TestSupport;

namespace Orchestrator.WebHost.Tests.Infrastructure;

/// <summary>
/// The real web host (co-hosted silo by default) on a real Kestrel port on 127.0.0.1, with its own
/// silo and gateway ports and its own SQLite file unless the settings say otherwise.
/// </summary>
public sealed class OrchestratorServer : IAsyncDisposable
{
    public const string AdminToken = "test-admin-token-with-enough-entropy";

    private readonly WebApplicationFactory<Program> _factory;
    private readonly TempSqliteDatabase? _ownDatabase;

    private OrchestratorServer(WebApplicationFactory<Program> factory, Uri baseAddress, TempSqliteDatabase? ownDatabase)
    {
        _factory = factory;
        BaseAddress = baseAddress;
        _ownDatabase = ownDatabase;
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _factory.Services;

    /// <param name="settings">Overrides of <c>Orchestrator:*</c> keys, e.g. a PostgreSQL store or client-only mode.</param>
    /// <param name="services">Extra test services (e.g. a hub filter that can drop connections).</param>
    public static OrchestratorServer Start(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var port = FreePort.Next();
        var merged = new Dictionary<string, string?>
        {
            ["Orchestrator:AdminToken"] = AdminToken,
            ["Orchestrator:Cluster:SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orchestrator:Cluster:GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orchestrator:Cluster:ServiceId"] = $"test-{Guid.NewGuid():n}",
            ["Orchestrator:Live:BatchWindow"] = "00:00:00.005",
            ["Orchestrator:Live:HostListRefresh"] = "00:00:00.200",
            ["Orchestrator:Live:HostRenewEvery"] = "00:00:01",
        };
        TempSqliteDatabase? ownDatabase = null;
        if (settings is null || !settings.ContainsKey("Orchestrator:Storage:ConnectionString"))
        {
            ownDatabase = new TempSqliteDatabase("web");
            merged["Orchestrator:Storage:ConnectionString"] = ownDatabase.ConnectionString;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in merged)
            {
                web.UseSetting(key, value);
            }

            if (services is not null)
            {
                // After the application's own registrations, so a test may decorate or replace one.
                web.ConfigureTestServices(services);
            }
        });
        factory.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port));
        factory.StartServer();
        return new OrchestratorServer(factory, new Uri($"http://127.0.0.1:{port}"), ownDatabase);
    }

    public HttpClient Client(string? token = AdminToken)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>An official SignalR .NET client on <c>/hubs/live</c>, not yet started: JSON, or MessagePack with its default resolvers.</summary>
    public HubConnection Hub(string token = AdminToken, bool reconnect = false, bool messagePack = false)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(BaseAddress, "/hubs/live"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token));
        if (messagePack)
        {
            builder.AddMessagePackProtocol();
        }
        if (reconnect)
        {
            builder.WithAutomaticReconnect([TimeSpan.Zero, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)]);
        }

        return builder.Build();
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        _ownDatabase?.Dispose();
    }
}
