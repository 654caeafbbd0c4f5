namespace Orchestrator.WebHost.Api.Routes;

/// <summary><c>/api/editions/{editionId}/tokens/{tokenId}</c>, bound with <c>[AsParameters]</c>.</summary>
public sealed record TokenRoute(string EditionId, string TokenId);
