namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>Hub event <c>AnnouncementUnpinned</c>: the pages it was pinned on take it off.</summary>
public sealed record LiveAnnouncementUnpinned(string EditionId, long Version, string Id, string? MissionId);
