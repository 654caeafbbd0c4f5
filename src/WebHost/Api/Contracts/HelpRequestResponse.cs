namespace Orchestrator.WebHost.Api.Contracts;

public sealed record HelpRequestResponse(string Id, string MissionId, string Skill, string Message, string Status, DateTimeOffset CreatedAt);
