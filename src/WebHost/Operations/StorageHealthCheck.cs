using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Orchestrator.Silo.Hosting;

namespace Orchestrator.WebHost.Operations;

/// <summary>The configured store answers a trivial query (a new connection each time, so a dead server shows).</summary>
internal sealed class StorageHealthCheck(IConfiguration configuration, TimeProvider time, OperationsSettings settings) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    private readonly StorageSettings _storage = StorageSettings.From(configuration);
    private readonly RecentHealthResult _recent = new(time, settings.ReadyCacheFor);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        _recent.GetOrRun(Check);

    // Not cancelled by one probe's request: probes arriving together share this run.
    private async Task<HealthCheckResult> Check()
    {
        using var deadline = new CancellationTokenSource(Timeout);
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
            // The reason (server, user, path) goes to the log with the exception, not to the public answer.
            return HealthCheckResult.Unhealthy($"The {_storage.Provider} store does not answer.", ex);
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
