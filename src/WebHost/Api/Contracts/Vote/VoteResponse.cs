namespace Orchestrator.WebHost.Api.Contracts.Vote;

/// <summary>
/// The closing vote as every reader sees it: <c>Ballots</c> guests have voted (of <c>Guests</c> invited);
/// no point or rank but in <c>Revealed</c>, the desk's reveals in order, the winner last.
/// </summary>
public sealed record VoteResponse(
    string EditionId,
    string Status,
    string Mode,
    int Budget,
    int RevealTop,
    int Ballots,
    int Guests,
    IReadOnlyList<WorkshopResponse> Workshops,
    IReadOnlyList<RevealedProposalResponse> Revealed);
