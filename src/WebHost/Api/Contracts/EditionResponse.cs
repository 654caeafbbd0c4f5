namespace Orchestrator.WebHost.Api.Contracts;

/// <param name="Pinned">Every pinned announcement, each team's included: the desk unpins them from here.</param>
public sealed record EditionResponse(
    string Id,
    string Title,
    string Territory,
    string Format,
    string Timezone,
    IReadOnlyList<EventDayResponse> Days,
    DateTimeOffset CreatedAt,
    long Version,
    CountersResponse Counters,
    IReadOnlyList<MissionSummaryResponse> Missions,
    IReadOnlyList<string> Companies,
    IReadOnlyList<string> Revealed,
    bool Revealing,
    IReadOnlyList<AnnouncementResponse> Pinned);
