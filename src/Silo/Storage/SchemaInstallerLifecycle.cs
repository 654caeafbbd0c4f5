using Microsoft.Extensions.Logging;
using Orchestrator.Silo.Hosting;

namespace Orchestrator.Silo.Storage;

/// <summary>Runs <see cref="SchemaInstaller"/> first thing in a silo's start, before storage and membership open.</summary>
internal sealed partial class SchemaInstallerLifecycle(StorageSettings storage, ILogger<SchemaInstallerLifecycle> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SchemaInstallerLifecycle), ServiceLifecycleStage.First, Install);

    private async Task Install(CancellationToken cancellationToken)
    {
        var provider = storage.IsPostgres ? StorageSettings.Postgres : StorageSettings.Sqlite;
        try
        {
            await SchemaInstaller.InstallAsync(storage, cancellationToken);
            LogSchemaApplied(logger, provider, SchemaInstaller.Scripts(provider).Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSchemaFailed(logger, ex, provider);
            throw;
        }
    }

    [LoggerMessage(EventId = SiloEvents.SchemaApplied, Level = LogLevel.Information, Message = "Schema for {Provider} applied ({Scripts} scripts)")]
    private static partial void LogSchemaApplied(ILogger logger, string provider, int scripts);

    [LoggerMessage(EventId = SiloEvents.SchemaFailed, Level = LogLevel.Error, Message = "Applying the schema for {Provider} failed: the silo does not start")]
    private static partial void LogSchemaFailed(ILogger logger, Exception exception, string provider);
}
