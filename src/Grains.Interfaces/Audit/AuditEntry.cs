namespace Orchestrator.Grains.Interfaces.Audit;

/// <summary>One change made to an edition: who (role and public token id, never the token), when, what.</summary>
/// <param name="Action">The route, e.g. <c>PUT /api/editions/{editionId}/missions/{missionId}/milestones/{milestoneId}</c>.</param>
/// <param name="Target">The path actually called, ids included.</param>
/// <param name="IssuedTokenIds">The public ids of the tokens the change handed out, if any.</param>
[GenerateSerializer, Immutable]
public sealed record AuditEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Role,
    [property: Id(2)] string TokenId,
    [property: Id(3)] string Action,
    [property: Id(4)] string Target,
    [property: Id(5)] int Status,
    [property: Id(6)] IReadOnlyList<string>? IssuedTokenIds = null);
