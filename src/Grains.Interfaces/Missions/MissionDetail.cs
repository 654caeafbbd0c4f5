namespace Orchestrator.Grains.Interfaces.Missions;

/// <param name="LeadName">Empty once the lead was erased.</param>
/// <param name="Unchanged">The call changed nothing (a no-op, or a retry already applied): the version did not move.</param>
[GenerateSerializer, Immutable]
public sealed record MissionDetail(
    [property: Id(0)] string EditionId,
    [property: Id(1)] string Id,
    [property: Id(2)] string Title,
    [property: Id(3)] AssociationRef Association,
    [property: Id(4)] string LeadName,
    [property: Id(5)] IReadOnlyList<Milestone> Milestones,
    [property: Id(6)] IReadOnlyList<Volunteer> Members,
    [property: Id(7)] IReadOnlyList<HelpRequest> HelpRequests,
    [property: Id(8)] IReadOnlyList<Deliverable> Deliverables,
    [property: Id(9)] int Progress,
    [property: Id(10)] MissionHealth Health,
    [property: Id(11)] long Version,
    [property: Id(12)] DateTimeOffset LastUpdateAt,
    [property: Id(13)] long EditionVersion,
    [property: Id(14)] bool Unchanged = false);
