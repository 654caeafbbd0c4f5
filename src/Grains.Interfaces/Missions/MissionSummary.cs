namespace Orchestrator.Grains.Interfaces.Missions;

/// <summary>
/// What the edition keeps of each mission: enough for the control room card, the counters and the
/// closing display, without calling the mission. Companies are listed, volunteers only counted.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MissionSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string AssociationId,
    [property: Id(3)] string AssociationName,
    [property: Id(4)] int Progress,
    [property: Id(5)] MissionHealth Health,
    [property: Id(6)] long Version,
    [property: Id(7)] DateTimeOffset LastUpdateAt,
    [property: Id(8)] int MilestonesDone,
    [property: Id(9)] int MilestonesTotal,
    [property: Id(10)] int Volunteers,
    [property: Id(11)] IReadOnlyList<string> Companies,
    [property: Id(12)] int OpenHelpRequests,
    [property: Id(13)] string? CurrentMilestone,
    [property: Id(14)] bool HasBlockedMilestone,
    [property: Id(15)] int Deliverables = 0,
    [property: Id(16)] int CheckedIn = 0)
{
    /// <summary>Every milestone done (a mission without milestones is never complete).</summary>
    public bool Completed => IsComplete(MilestonesDone, MilestonesTotal);

    /// <summary>The one rule for a completed mission: the counters, the health, the results, the impact report and an association's history use it (display.js has the screens' copy).</summary>
    public static bool IsComplete(int milestonesDone, int milestonesTotal) => milestonesTotal > 0 && milestonesDone >= milestonesTotal;
}
