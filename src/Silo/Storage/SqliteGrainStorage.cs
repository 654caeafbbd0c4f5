using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Orchestrator.Silo.Storage.Internal;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Orchestrator.Silo.Storage;

/// <summary>
/// Grain state in a SQLite file, row for row as Orleans' ADO.NET provider keeps it (same table, keys,
/// hashes, payload serializer and statements from <c>OrleansQuery</c>), so either reads what the other
/// wrote. Reads run concurrently on pooled connections (WAL); every write, clear included, goes through
/// the file's one <see cref="GroupCommitQueue"/>: its caller is answered once the transaction carrying it
/// committed, and a stale ETag fails that caller alone with <see cref="InconsistentStateException"/>.
/// </summary>
internal sealed class SqliteGrainStorage(
    string name,
    string connectionString,
    string serviceId,
    IGrainStorageSerializer serializer,
    IActivatorProvider activators,
    ILoggerFactory loggerFactory) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private GrainStorageQueries? _queries;
    private GroupCommitQueue? _writer;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe($"{nameof(SqliteGrainStorage)}-{name}", ServiceLifecycleStage.ApplicationServices, Start, Stop);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var key = GrainStorageKey.For(serviceId, stateName, grainId);
        byte[]? payload = null;
        int? version = null;
        await using (var connection = new BusyWaitingSqliteConnection { ConnectionString = connectionString })
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = Queries.Read;
            foreach (var (parameter, value) in key.Parameters())
            {
                command.Parameters.AddWithValue(parameter, value ?? DBNull.Value);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                var payloadColumn = reader.GetOrdinal("PayloadBinary");
                var versionColumn = reader.GetOrdinal("Version");
                payload = reader.IsDBNull(payloadColumn) ? null : reader.GetFieldValue<byte[]>(payloadColumn);
                version = reader.IsDBNull(versionColumn) ? null : reader.GetInt32(versionColumn);
            }
        }

        // A cleared state keeps its row (and version) without a payload: it reads as a new state.
        grainState.State = payload is null ? activators.GetActivator<T>().Create() : serializer.Deserialize<T>(new BinaryData(payload));
        grainState.ETag = version?.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = payload is not null;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var key = GrainStorageKey.For(serviceId, stateName, grainId);
        var payload = serializer.Serialize(grainState.State).ToArray();
        var newVersion = await Writer.WriteAsync(
            new SqliteWrite(Queries.Write, [.. key.Parameters(), ("@GrainStateVersion", Version(grainState.ETag)), ("@PayloadBinary", payload)]),
            cancellationToken);

        grainState.ETag = NewETag("WriteState", newVersion, stateName, grainId, grainState.ETag);
        grainState.RecordExists = true;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        // As the ADO.NET provider: a state never loaded is read first, and one that was never stored needs nothing.
        if (!grainState.RecordExists && string.IsNullOrWhiteSpace(grainState.ETag))
        {
            await ReadStateAsync(stateName, grainId, grainState, cancellationToken);
            if (!grainState.RecordExists)
            {
                return;
            }
        }

        var key = GrainStorageKey.For(serviceId, stateName, grainId);
        var newVersion = await Writer.WriteAsync(
            new SqliteWrite(Queries.Clear, [.. key.Parameters(), ("@GrainStateVersion", Version(grainState.ETag))]),
            cancellationToken);

        grainState.ETag = NewETag("ClearState", newVersion, stateName, grainId, grainState.ETag);
        grainState.RecordExists = false;
        grainState.State = activators.GetActivator<T>().Create();
    }

    private GrainStorageQueries Queries => _queries ?? throw NotStarted();

    private GroupCommitQueue Writer => _writer ?? throw NotStarted();

    private async Task Start(CancellationToken cancellationToken)
    {
        await using (var connection = new BusyWaitingSqliteConnection { ConnectionString = connectionString })
        {
            await connection.OpenAsync(cancellationToken);
            _queries = await GrainStorageQueries.LoadAsync(connection, cancellationToken);
        }

        _writer = GroupCommitQueues.Acquire(connectionString, loggerFactory);
    }

    private async Task Stop(CancellationToken cancellationToken)
    {
        if (_writer is { } writer)
        {
            _writer = null;
            await GroupCommitQueues.ReleaseAsync(writer);
        }
    }

    private static int? Version(string? etag) =>
        string.IsNullOrWhiteSpace(etag) ? null : int.Parse(etag, CultureInfo.InvariantCulture);

    /// <summary>The statement returns the new version, or no row when the stored version is not the one the grain holds.</summary>
    private string NewETag(string operation, long? newVersion, string stateName, GrainId grainId, string? etag) =>
        newVersion?.ToString(CultureInfo.InvariantCulture)
        ?? throw new InconsistentStateException($"Version conflict ({operation}): ServiceId={serviceId} ProviderName={name} GrainType={stateName} GrainId={grainId} ETag={etag}.");

    private InvalidOperationException NotStarted() =>
        new($"The grain storage '{name}' is used before the silo started it (or after it stopped).");
}
