namespace Orchestrator.WebHost.Api.Contracts;

public sealed record AddMemberRequest(string? Name, string? Company, bool? Remote);
