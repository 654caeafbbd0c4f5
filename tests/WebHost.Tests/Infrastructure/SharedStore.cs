using Microsoft.Extensions.DependencyInjection;
using Orchestrator.TestSupport;

namespace Orchestrator.WebHost.Tests.Infrastructure;

/// <summary>
/// One SQLite file and one service id (part of every stored key) for several hosts: started one after
/// the other (a restart) or side by side (two hosts on one store), each finds what the others wrote.
/// </summary>
public sealed class SharedStore : IDisposable
{
    private readonly TempSqliteDatabase _database;
    private readonly Dictionary<string, string?> _settings;

    /// <param name="purpose">Names the file and the service id, for whoever reads the temp folder or a log.</param>
    /// <param name="settings">More <c>Orchestrator:*</c> keys every host of this store starts with.</param>
    public SharedStore(string purpose, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _database = new TempSqliteDatabase(purpose);
        ServiceId = $"{purpose}-{Guid.NewGuid():n}";
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Orchestrator:Storage:ConnectionString"] = _database.ConnectionString,
            ["Orchestrator:Cluster:ServiceId"] = ServiceId,
        };
    }

    public string ServiceId { get; }

    public string Path => _database.Path;

    /// <summary>A host on this store, with its own ports.</summary>
    public OrchestratorServer StartHost(Action<IServiceCollection>? services = null) => OrchestratorServer.Start(_settings, services);

    public void Dispose() => _database.Dispose();
}
