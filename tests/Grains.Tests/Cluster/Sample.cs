using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>Requests shaped like the Factory 2018 at La Défense.</summary>
public static class Sample
{
    public static CreateEdition Factory(EditionFormat format = EditionFormat.Factory) => new(
        "Probono Factory 2018",
        "Paris La Défense",
        format,
        "Europe/Paris",
        [new EventDayInfo(new DateOnly(2018, 11, 14), "Jour 1"), new EventDayInfo(new DateOnly(2018, 11, 15), "Jour 2")]);

    public static CreateMission Mission(string associationId = "le-drenche") => new(
        "Structurer une démarche commerciale",
        new AssociationRef(associationId, "Le Drenche", "Média en ligne"),
        "Germain",
        null);
}
