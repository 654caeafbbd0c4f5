using Orchestrator.Silo.Hosting;

namespace Orchestrator.Silo.Storage;

/// <summary>Runs <see cref="SchemaInstaller"/> first thing in a silo's start, before storage and membership open.</summary>
internal sealed class SchemaInstallerLifecycle(StorageSettings storage) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SchemaInstallerLifecycle), ServiceLifecycleStage.First, ct => SchemaInstaller.InstallAsync(storage, ct));
}
