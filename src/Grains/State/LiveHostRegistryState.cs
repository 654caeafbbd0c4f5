using Orchestrator.Grains.Interfaces.Live;

namespace Orchestrator.Grains.State;

/// <summary>
/// The web hosts that want live events, kept so that a registry re-activated on another silo knows
/// them at once instead of waiting for every host to renew.
/// </summary>
[GenerateSerializer]
public sealed class LiveHostRegistryState
{
    /// <summary>Each host's observer, by host id.</summary>
    [Id(0)] public Dictionary<string, ILiveObserver> Hosts { get; set; } = new(StringComparer.Ordinal);
}
