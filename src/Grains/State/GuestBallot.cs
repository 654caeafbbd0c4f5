using Orchestrator.Grains.Interfaces.Vote;

namespace Orchestrator.Grains.State;

/// <summary>A guest's current ballot and the idempotency keys it was cast under lately.</summary>
[GenerateSerializer]
public sealed class GuestBallot
{
    [Id(0)] public Ballot Ballot { get; set; } = null!;

    [Id(1)] public List<string> Keys { get; set; } = [];
}
