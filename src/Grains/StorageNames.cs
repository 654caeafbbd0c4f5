namespace Orchestrator.Grains;

/// <summary>The grain storage providers grains persist to; the silo registers each under this name.</summary>
public static class StorageNames
{
    public const string Orchestrator = "orchestrator";
}
