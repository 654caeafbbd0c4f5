using Npgsql;
using Orchestrator.TestSupport;

namespace Orchestrator.Grains.Tests.Infrastructure;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task PostgresServer_StartsAndAnswersQueries()
    {
        string maintenanceConnectionString;
        await using (var server = await PostgresServer.StartAsync())
        {
            maintenanceConnectionString = server.ConnectionString;
            await using (var connection = new NpgsqlConnection(server.ConnectionString))
            {
                await connection.OpenAsync();
                await using var select = new NpgsqlCommand("SELECT 1", connection);
                Assert.Equal(1, await select.ExecuteScalarAsync());
            }

            var databaseName = "orchestrator_" + Guid.NewGuid().ToString("N");
            var databaseConnectionString = await server.CreateDatabaseAsync(databaseName);
            await using (var connection = new NpgsqlConnection(databaseConnectionString))
            {
                await connection.OpenAsync();
                await using var currentDatabase = new NpgsqlCommand("SELECT current_database()", connection);
                Assert.Equal(databaseName, await currentDatabase.ExecuteScalarAsync());
            }
        }

        // Disposed means stopped: nothing answers on that port any more.
        var afterDispose = new NpgsqlConnectionStringBuilder(maintenanceConnectionString) { Pooling = false }.ConnectionString;
        await using var gone = new NpgsqlConnection(afterDispose);
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => gone.OpenAsync());
    }
}
