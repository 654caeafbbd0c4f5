using Orchestrator.Grains.Interfaces.Vote;

namespace Orchestrator.Grains.State;

[GenerateSerializer]
public sealed class VoteState
{
    [Id(0)] public VoteStatus Status { get; set; }

    [Id(1)] public VoteSettings Settings { get; set; } = VoteSettings.Default;

    [Id(2)] public List<Workshop> Workshops { get; set; } = [];

    [Id(3)] public int Guests { get; set; }

    /// <summary>The shards' tallies summed at close: the final count, never changed afterwards.</summary>
    [Id(4)] public BallotCount? Final { get; set; }

    /// <summary>How many of the reveal order the desk has revealed (what is revealed is always a prefix).</summary>
    [Id(5)] public int RevealedCount { get; set; }
}
