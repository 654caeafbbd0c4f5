using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.State;

[GenerateSerializer]
public sealed class MissionState
{
    [Id(0)] public string Title { get; set; } = "";

    [Id(1)] public AssociationRef? Association { get; set; }

    [Id(2)] public string LeadName { get; set; } = "";

    [Id(3)] public List<Milestone> Milestones { get; set; } = [];

    [Id(4)] public List<Volunteer> Members { get; set; } = [];

    [Id(5)] public List<HelpRequest> HelpRequests { get; set; } = [];

    [Id(6)] public List<Deliverable> Deliverables { get; set; } = [];

    [Id(7)] public long Version { get; set; }

    [Id(8)] public DateTimeOffset CreatedAt { get; set; }

    [Id(9)] public DateTimeOffset LastUpdateAt { get; set; }

    [Id(10)] public List<AppliedRequest> AppliedRequests { get; set; } = [];

    [Id(11)] public long EditionVersion { get; set; }
}
