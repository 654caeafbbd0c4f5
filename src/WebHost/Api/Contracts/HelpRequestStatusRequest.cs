namespace Orchestrator.WebHost.Api.Contracts;

public sealed record HelpRequestStatusRequest(string? Status);
