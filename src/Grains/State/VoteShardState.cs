using Orchestrator.Grains.Interfaces.Vote;

namespace Orchestrator.Grains.State;

[GenerateSerializer]
public sealed class VoteShardState
{
    /// <summary>The vote's status (and once open, its frozen settings), as the vote grain last pushed it.</summary>
    [Id(0)] public VoteGate? Gate { get; set; }

    [Id(1)] public Dictionary<string, GuestBallot> Ballots { get; set; } = new(StringComparer.Ordinal);
}
