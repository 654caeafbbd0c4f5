namespace Orchestrator.WebHost.Api.Contracts;

public sealed record AnnouncementResponse(string Id, string Message, DateTimeOffset SentAt, string EditionId, string? MissionId, bool Pinned);
