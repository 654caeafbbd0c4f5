namespace Orchestrator.WebHost.Api.Contracts;

/// <param name="MissionId">Only that mission's lead and team pages receive it (the control room sees all); absent: every team.</param>
/// <param name="Pinned">It stays on the pages until the desk unpins it; it replaces the previous pin of the same audience.</param>
public sealed record AnnouncementRequest(string? Message, string? MissionId = null, bool? Pinned = null);
