using Orchestrator.Grains.Interfaces.Access;

namespace Orchestrator.Grains.State;

[GenerateSerializer]
public sealed class AccessTokenState
{
    [Id(0)] public AccessGrant? Grant { get; set; }
}
