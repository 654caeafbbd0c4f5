using Orchestrator.TestSupport;

namespace Orchestrator.Grains.Tests.Persistence;

/// <summary>A private PostgreSQL server for the class, started from the machine's binaries.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public PostgresServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PostgresServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
