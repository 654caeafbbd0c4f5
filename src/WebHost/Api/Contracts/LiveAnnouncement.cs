namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>Hub event <c>Announcement</c>; <c>missionId</c> set: sent to that mission's pages only.</summary>
public sealed record LiveAnnouncement(string EditionId, long Version, string Id, string Message, DateTimeOffset SentAt, string? MissionId, bool Pinned);
