using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orchestrator.Grains.State;
using Orchestrator.Silo.Hosting;
using Orchestrator.Silo.Storage;
using Orchestrator.TestSupport;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Orchestrator.Grains.Tests.Persistence;

/// <summary>
/// Grain storages on one SQLite file outside any silo, each started and stopped through its own silo
/// lifecycle: ours (group commit) and Orleans' ADO.NET provider, with the serializer the silo gives both.
/// </summary>
internal sealed class GrainStorages : IAsyncDisposable
{
    public const string Name = StorageNames.Orchestrator;

    private readonly ServiceProvider _services =
        new ServiceCollection().AddSerializer(s => s.AddAssembly(typeof(EditionDirectoryState).Assembly)).BuildServiceProvider();

    private readonly List<SiloLifecycleSubject> _started = [];

    private GrainStorages(TempSqliteDatabase database, string serviceId)
    {
        Database = database;
        ServiceId = serviceId;
    }

    public TempSqliteDatabase Database { get; }

    public string ServiceId { get; }

    private IGrainStorageSerializer Serializer => new OrleansGrainStorageSerializer(_services.GetRequiredService<Serializer>());

    private IActivatorProvider Activators => _services.GetRequiredService<IActivatorProvider>();

    /// <summary>A fresh file with our schema.</summary>
    public static async Task<GrainStorages> CreateAsync(string purpose)
    {
        var database = new TempSqliteDatabase(purpose);
        await SchemaInstaller.InstallAsync(new StorageSettings { ConnectionString = database.ConnectionString });
        return new GrainStorages(database, $"{purpose}-{Guid.NewGuid():n}");
    }

    public Task<IGrainStorage> StartGroupCommitAsync() =>
        StartAsync(new SqliteGrainStorage(Name, Database.ConnectionString, ServiceId, Serializer, Activators, NullLoggerFactory.Instance));

    public Task<IGrainStorage> StartAdoNetAsync()
    {
        StorageInvariants.Register();
        var options = new AdoNetGrainStorageOptions
        {
            Invariant = StorageInvariants.Sqlite,
            ConnectionString = Database.ConnectionString,
            GrainStorageSerializer = Serializer,
        };
        return StartAsync(new AdoNetGrainStorage(
            Activators, NullLogger<AdoNetGrainStorage>.Instance, Options.Create(options), Options.Create(new ClusterOptions { ServiceId = ServiceId }), Name));
    }

    /// <summary>Stops every storage started so far (ours commits what it had queued).</summary>
    public async Task StopAllAsync()
    {
        foreach (var lifecycle in _started)
        {
            await lifecycle.OnStop();
        }

        _started.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAllAsync();
        await _services.DisposeAsync();
        Database.Dispose();
    }

    private async Task<IGrainStorage> StartAsync<T>(T storage)
        where T : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
    {
        var lifecycle = new SiloLifecycleSubject(NullLogger<SiloLifecycleSubject>.Instance);
        storage.Participate(lifecycle);
        await lifecycle.OnStart();
        _started.Add(lifecycle);
        return storage;
    }
}
