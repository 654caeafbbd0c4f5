namespace Orchestrator.WebHost.Import;

/// <summary>What a CSV import would create, and every line error; only a plan without errors is applied.</summary>
public sealed record ImportPlan(IReadOnlyList<PlannedMission> Missions, IReadOnlyList<ImportLineError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    public int Associations => Missions.Select(m => m.AssociationId).Distinct(StringComparer.Ordinal).Count();

    public int Volunteers => Missions.Sum(m => m.Volunteers.Count);
}
