namespace Orchestrator.Grains.Interfaces.Vote;

/// <param name="Voters">Guests who gave the proposal at least one point.</param>
[GenerateSerializer, Immutable]
public sealed record ProposalTally(
    [property: Id(0)] string ProposalId,
    [property: Id(1)] int Points,
    [property: Id(2)] int Voters);
