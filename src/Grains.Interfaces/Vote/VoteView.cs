namespace Orchestrator.Grains.Interfaces.Vote;

/// <summary>
/// The vote as anyone allowed to read it sees it: no points and no rank but those the desk revealed.
/// </summary>
/// <param name="Ballots">How many guests have voted.</param>
/// <param name="Guests">How many guest tokens were issued.</param>
/// <param name="Revealed">What the desk revealed, in reveal order (the winner last).</param>
[GenerateSerializer, Immutable]
public sealed record VoteView(
    [property: Id(0)] VoteStatus Status,
    [property: Id(1)] VoteSettings Settings,
    [property: Id(2)] int Ballots,
    [property: Id(3)] int Guests,
    [property: Id(4)] IReadOnlyList<Workshop> Workshops,
    [property: Id(5)] IReadOnlyList<RankedProposal> Revealed);
