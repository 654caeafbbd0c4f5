namespace Orchestrator.Grains.Interfaces.Access;

/// <summary>What an edition remembers of a token it handed out, so the admin can revoke it by its public id.</summary>
/// <param name="IssuedBy">The public id of the token that asked for this one (a lead's team links); null when the admin did.</param>
/// <param name="TokenHash">SHA-256 of the token (hex), the key of its <see cref="IAccessTokenGrain"/>; never the token.</param>
[GenerateSerializer, Immutable]
public sealed record IssuedToken(
    [property: Id(0)] string TokenId,
    [property: Id(1)] string TokenHash,
    [property: Id(2)] AccessRole Role,
    [property: Id(3)] string? MissionId,
    [property: Id(4)] DateTimeOffset IssuedAt,
    [property: Id(5)] bool Revoked,
    [property: Id(6)] string? SubjectId = null,
    [property: Id(7)] string? IssuedBy = null);
