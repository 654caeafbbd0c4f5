namespace Orchestrator.Grains.Interfaces.Vote;

/// <summary>A vote moves one way: draft (the desk prepares it) → open (guests vote) → closed (the tally is final).</summary>
[GenerateSerializer]
public enum VoteStatus
{
    Draft = 0,
    Open = 1,
    Closed = 2,
}
