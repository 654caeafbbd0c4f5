namespace Orchestrator.WebHost.Tests.Infrastructure;

/// <summary>One server shared by a collection; tests use fresh edition ids.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public OrchestratorServer Server { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Server = OrchestratorServer.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
