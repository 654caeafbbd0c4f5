using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;
using Orchestrator.Silo.Hosting;
using Orchestrator.WebHost.Auth;
using Orchestrator.WebHost.Idempotency;

namespace Orchestrator.WebHost.Operations;

/// <summary>
/// <c>POST /api/backup</c>: a consistent copy of the SQLite store, taken while the host serves. SQLite's
/// <c>VACUUM INTO</c> reads inside one transaction, so the copy is one committed state, never half a write.
/// </summary>
internal static class BackupApi
{
    public const string MediaType = "application/vnd.sqlite3";

    public static RouteGroupBuilder MapBackupApi(this RouteGroupBuilder api)
    {
        api.MapPost("/backup", Backup)
            .RequireRight(Right.Admin, "Only the admin takes backups.")
            .NotReplayed()
            .WithName("Backup")
            .WithSummary("A consistent copy of the SQLite store (admin). On PostgreSQL: 409, use pg_dump.")
            .Produces(StatusCodes.Status200OK, contentType: MediaType)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Backup(IConfiguration configuration, TimeProvider time, CancellationToken cancellationToken)
    {
        var storage = StorageSettings.From(configuration);
        if (storage.IsPostgres)
        {
            return TypedResults.Problem(
                "This host stores its data in PostgreSQL: back it up with pg_dump (see the README, \"Backups\").",
                statusCode: StatusCodes.Status409Conflict,
                title: "Backup is for the SQLite store");
        }

        // Next to the store, in its owner-only directory: the copy holds everything the store holds.
        var store = Path.GetFullPath(new SqliteConnectionStringBuilder(storage.EffectiveConnectionString).DataSource);
        var copy = Path.Combine(Path.GetDirectoryName(store)!, $".backup-{Guid.NewGuid():n}.db");
        await using (var connection = new SqliteConnection(storage.EffectiveConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $path";
            command.Parameters.AddWithValue("$path", copy);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        // The temp copy goes away when the answer has been sent (or the client left).
        var stream = new FileStream(copy, FileMode.Open, FileAccess.Read, FileShare.Delete, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        var stamp = time.GetUtcNow().ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.File(stream, MediaType, $"orchestrator-{stamp}.db");
    }
}
