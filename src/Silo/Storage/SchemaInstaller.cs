using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Npgsql;
using Orchestrator.Silo.Hosting;

namespace Orchestrator.Silo.Storage;

/// <summary>
/// Applies our SQL scripts (embedded from <c>Storage/Sql/{postgres|sqlite}</c>, in file-name order).
/// Every script is idempotent and runs in its own transaction, serialised (an advisory lock on
/// PostgreSQL, BEGIN IMMEDIATE on SQLite), so hosts starting together can all run it.
/// </summary>
public static class SchemaInstaller
{
    private const string ResourcePrefix = "sql/";

    /// <summary>The scripts for a provider, as (name, text), e.g. <c>postgres/002-persistence.sql</c>.</summary>
    public static IReadOnlyList<(string Name, string Sql)> Scripts(string provider)
    {
        var assembly = typeof(SchemaInstaller).Assembly;
        var folder = $"{ResourcePrefix}{provider}/";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(folder, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[ResourcePrefix.Length..], Read(assembly, n)))
            .ToList();
    }

    public static async Task InstallAsync(StorageSettings storage, CancellationToken cancellationToken = default)
    {
        StorageInvariants.Register();
        if (storage.IsPostgres)
        {
            await using var connection = new NpgsqlConnection(storage.EffectiveConnectionString);
            await connection.OpenAsync(cancellationToken);
            await Execute(connection, Scripts(StorageSettings.Postgres), cancellationToken);
            return;
        }

        var builder = new SqliteConnectionStringBuilder(storage.EffectiveConnectionString);
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (builder.Mode != SqliteOpenMode.Memory && directory is not null)
        {
            // The store holds volunteers' names: a directory it creates is the owner's only.
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(directory);
            }
            else
            {
                Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        await using var sqlite = new SqliteConnection(builder.ToString());
        await sqlite.OpenAsync(cancellationToken);
        await Execute(sqlite, Scripts(StorageSettings.Sqlite), cancellationToken);
    }

    private static async Task Execute(DbConnection connection, IReadOnlyList<(string Name, string Sql)> scripts, CancellationToken cancellationToken)
    {
        if (scripts.Count == 0)
        {
            throw new InvalidOperationException("No SQL scripts are embedded: the build is broken.");
        }

        foreach (var (name, sql) in scripts)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (DbException ex)
            {
                throw new InvalidOperationException($"Applying {name} failed: {ex.Message}", ex);
            }
        }
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
