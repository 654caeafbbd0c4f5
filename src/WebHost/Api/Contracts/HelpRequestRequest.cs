namespace Orchestrator.WebHost.Api.Contracts;

public sealed record HelpRequestRequest(string? Skill, string? Message);
