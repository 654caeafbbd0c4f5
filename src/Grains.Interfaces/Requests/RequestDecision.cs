namespace Orchestrator.Grains.Interfaces.Requests;

[GenerateSerializer, Immutable]
public sealed record RequestDecision(
    [property: Id(0)] RequestOutcome Outcome,
    [property: Id(1)] RecordedResponse? Response);
