using Orchestrator.Grains.Interfaces.Schedule;

namespace Orchestrator.WebHost.Demo;

/// <summary>
/// The two days of the Factory 2018 as the desk ran them: framing with the associations on day one,
/// production and the final presentations on day two, then the closing evening. Phases are in the
/// edition's time zone (Europe/Paris) and fit inside each day's working hours.
/// </summary>
public static class Factory2018Schedule
{
    private static SchedulePhase Phase(string id, string label, int startHour, int startMinute, int endHour, int endMinute) =>
        new(id, label, new TimeOnly(startHour, startMinute), new TimeOnly(endHour, endMinute));

    public static readonly IReadOnlyDictionary<DateOnly, IReadOnlyList<SchedulePhase>> Days = new Dictionary<DateOnly, IReadOnlyList<SchedulePhase>>
    {
        [new DateOnly(2018, 11, 14)] =
        [
            Phase("accueil", "Accueil et café", 9, 0, 9, 30),
            Phase("pleniere", "Plénière d'ouverture", 9, 30, 10, 0),
            Phase("cadrage", "Cadrage du besoin avec les associations", 10, 0, 12, 30),
            Phase("dejeuner", "Déjeuner", 12, 30, 13, 30),
            Phase("diagnostic", "Diagnostic", 13, 30, 16, 0),
            Phase("pistes", "Pistes de solution", 16, 0, 17, 30),
            Phase("point-jour-1", "Point d'étape des chefs de projet", 17, 30, 18, 0),
        ],
        [new DateOnly(2018, 11, 15)] =
        [
            Phase("accueil-2", "Accueil", 9, 0, 9, 15),
            Phase("production", "Production des livrables", 9, 15, 12, 30),
            Phase("dejeuner-2", "Déjeuner", 12, 30, 13, 30),
            Phase("finalisation", "Finalisation et répétition", 13, 30, 15, 30),
            Phase("restitutions", "Restitutions aux associations", 15, 30, 17, 30),
            Phase("pause", "Pause", 17, 30, 18, 30),
            Phase("cloture", "Soirée de clôture", 18, 30, 21, 0),
        ],
    };
}
