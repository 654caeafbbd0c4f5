using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Domain;

/// <summary>The milestones a mission gets when its creator names none, by edition format.</summary>
public static class DefaultMilestones
{
    private static readonly IReadOnlyList<MilestoneDefinition> TwoDay =
    [
        new("framing", "Cadrage du besoin avec l'association"),
        new("diagnosis", "Diagnostic"),
        new("ideas", "Pistes de solutions"),
        new("deliverable", "Production du livrable"),
        new("presentation", "Restitution à l'association"),
    ];

    private static readonly IReadOnlyList<MilestoneDefinition> OneDay =
    [
        new("framing", "Cadrage du besoin"),
        new("solutions", "Solutions et livrable"),
        new("presentation", "Restitution à l'association"),
    ];

    private static readonly IReadOnlyList<MilestoneDefinition> LongRunning =
    [
        new("kickoff", "Lancement avec l'association"),
        new("diagnosis", "Diagnostic"),
        new("ideas", "Pistes de solutions"),
        new("deliverable", "Production du livrable"),
        new("presentation", "Restitution"),
        new("follow-up", "Suivi à trois mois"),
    ];

    public static IReadOnlyList<MilestoneDefinition> For(EditionFormat format) => format switch
    {
        EditionFormat.Factory => TwoDay,
        EditionFormat.Marathon => OneDay,
        EditionFormat.Distanced or EditionFormat.Booster => LongRunning,
        _ => TwoDay,
    };
}
