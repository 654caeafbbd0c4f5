namespace Orchestrator.WebHost.Api.Contracts;

public sealed record AnnouncementRequest(string? Message);
