using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>One real server for the live tests, with a <see cref="ConnectionKiller"/> to drop connections.</summary>
public sealed class LiveServerFixture : IAsyncLifetime
{
    public OrchestratorServer Server { get; private set; } = null!;

    public ConnectionKiller Killer { get; } = new();

    public Task InitializeAsync()
    {
        Server = OrchestratorServer.Start(services: s =>
        {
            s.AddSingleton(Killer);
            s.Configure<HubOptions>(o => o.AddFilter<ConnectionKiller>());
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
