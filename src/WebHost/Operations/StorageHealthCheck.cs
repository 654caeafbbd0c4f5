using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Orchestrator.Silo.Hosting;

namespace Orchestrator.WebHost.Operations;

/// <summary>The configured store answers a trivial query (a new connection each time, so a dead server shows).</summary>
internal sealed class StorageHealthCheck(IConfiguration configuration) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    private readonly StorageSettings _storage = StorageSettings.From(configuration);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            await using var connection = Open();
            await connection.OpenAsync(deadline.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(deadline.Token);
            return HealthCheckResult.Healthy($"{_storage.Provider} store answers.");
        }
        catch (Exception ex) when (ex is DbException or OperationCanceledException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"The {_storage.Provider} store does not answer: {ex.Message}");
        }
    }

    private DbConnection Open()
    {
        if (_storage.IsPostgres)
        {
            // Unpooled: a pooled connection could be reused after the server is gone and hide it.
            var builder = new NpgsqlConnectionStringBuilder(_storage.EffectiveConnectionString) { Pooling = false, Timeout = (int)Timeout.TotalSeconds };
            return new NpgsqlConnection(builder.ConnectionString);
        }

        var sqlite = new SqliteConnectionStringBuilder(_storage.EffectiveConnectionString) { Mode = SqliteOpenMode.ReadWrite };
        return new SqliteConnection(sqlite.ConnectionString);
    }
}
