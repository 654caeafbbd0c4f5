namespace Orchestrator.WebHost.Api.Contracts;

/// <param name="Role"><c>volunteer</c>, <c>association</c> or <c>company</c>.</param>
public sealed record RespondentRequest(string? Role, string? Name, string? MissionId);
