using Microsoft.Data.Sqlite;

namespace Orchestrator.Silo.Storage.Internal;

/// <summary>
/// The grain-state statements, read from <c>OrleansQuery</c> as Orleans' ADO.NET provider reads them:
/// one definition (<c>Sql/sqlite/002-persistence.sql</c>) for both.
/// </summary>
internal sealed record GrainStorageQueries(string Write, string Read, string Clear)
{
    public static async Task<GrainStorageQueries> LoadAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT QueryKey, QueryText FROM OrleansQuery WHERE QueryKey IN ('WriteToStorageKey', 'ReadFromStorageKey', 'ClearStorageKey');";
        var queries = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                queries[reader.GetString(0)] = reader.GetString(1);
            }
        }

        return new GrainStorageQueries(Query("WriteToStorageKey"), Query("ReadFromStorageKey"), Query("ClearStorageKey"));

        string Query(string key) => queries.TryGetValue(key, out var text)
            ? text
            : throw new InvalidOperationException($"OrleansQuery has no '{key}': apply Sql/sqlite/002-persistence.sql (or keep Orchestrator:Storage:CreateSchema=true).");
    }
}
