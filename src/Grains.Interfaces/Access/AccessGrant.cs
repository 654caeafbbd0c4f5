namespace Orchestrator.Grains.Interfaces.Access;

/// <param name="TokenId">A short public id for audit trails and revocation; never the token.</param>
/// <param name="MissionId">Set for lead and team tokens.</param>
/// <param name="SubjectId">The guest or respondent a token belongs to; null for other roles.</param>
[GenerateSerializer, Immutable]
public sealed record AccessGrant(
    [property: Id(0)] string TokenId,
    [property: Id(1)] AccessRole Role,
    [property: Id(2)] string EditionId,
    [property: Id(3)] string? MissionId,
    [property: Id(4)] DateTimeOffset IssuedAt,
    [property: Id(5)] bool Revoked,
    [property: Id(6)] string? SubjectId = null);
