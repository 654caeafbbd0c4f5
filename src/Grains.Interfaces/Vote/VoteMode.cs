namespace Orchestrator.Grains.Interfaces.Vote;

[GenerateSerializer]
public enum VoteMode
{
    /// <summary>Each guest shares a budget of whole points across the proposals.</summary>
    Points = 0,

    /// <summary>Each guest picks up to a budget of proposals, one point each.</summary>
    Pick = 1,
}
