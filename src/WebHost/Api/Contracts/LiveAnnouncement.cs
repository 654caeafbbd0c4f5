namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>Hub event <c>Announcement</c>.</summary>
public sealed record LiveAnnouncement(string EditionId, long Version, string Id, string Message, DateTimeOffset SentAt);
