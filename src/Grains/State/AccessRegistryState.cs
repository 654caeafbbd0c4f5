using Orchestrator.Grains.Interfaces.Access;

namespace Orchestrator.Grains.State;

[GenerateSerializer]
public sealed class AccessRegistryState
{
    /// <summary>By public token id.</summary>
    [Id(0)] public Dictionary<string, IssuedToken> Tokens { get; set; } = new(StringComparer.Ordinal);
}
