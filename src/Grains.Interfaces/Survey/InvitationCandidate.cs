namespace Orchestrator.Grains.Interfaces.Survey;

/// <summary>One of the edition's own people not invited yet: a member, an association or a company.</summary>
[GenerateSerializer, Immutable]
public sealed record InvitationCandidate(
    [property: Id(0)] SurveyRole Role,
    [property: Id(1)] string Name,
    [property: Id(2)] string? MissionId,
    [property: Id(3)] string Source);
