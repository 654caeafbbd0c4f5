using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Vote;
using Orchestrator.Grains.Interfaces.Survey;

namespace Orchestrator.Grains.Interfaces.Live;

/// <summary>
/// One live event of an edition. All events born of one change carry the same edition
/// <see cref="Version"/>; exactly the member matching <see cref="Kind"/> is set.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record EditionEvent(
    [property: Id(0)] string EditionId,
    [property: Id(1)] long Version,
    [property: Id(2)] EditionEventKind Kind,
    [property: Id(3)] MissionSummary? Mission = null,
    [property: Id(4)] EditionCounters? Counters = null,
    [property: Id(5)] Announcement? Announcement = null,
    [property: Id(6)] HelpRequest? HelpRequest = null,
    [property: Id(7)] RevealState? Reveal = null,
    [property: Id(8)] VoteProgress? Vote = null,
    [property: Id(9)] IReadOnlyList<RankedProposal>? VoteRevealed = null,
    [property: Id(12)] SurveySummary? Survey = null);
