using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.WebHost.Demo;

/// <summary>
/// The Probono Factory of 14–15 November 2018 at Paris La Défense, as Pro Bono Lab told it: 20
/// associations, 15 companies, 22 missions, 250 volunteers, two days then the closing evening.
/// Volunteers' names are invented; everything else comes from the published account.
/// </summary>
public static class Factory2018
{
    public const string EditionId = "factory-2018";

    public static readonly CreateEdition Edition = new(
        "Probono Factory 2018",
        "Paris La Défense",
        EditionFormat.Factory,
        "Europe/Paris",
        [
            new EventDayInfo(new DateOnly(2018, 11, 14), "Jour 1 — missions"),
            new EventDayInfo(new DateOnly(2018, 11, 15), "Jour 2 — missions et soirée de clôture", End: new TimeOnly(21, 0)),
        ]);

    public static readonly IReadOnlyList<string> Companies =
    [
        "Allianz", "DXC Technology", "Eurogroup Consulting", "Deloitte", "EDF Commerce", "EDF Energies Nouvelles",
        "EDF DTEO DSIT", "EDF DSP DRH", "Dalkia", "Enedis", "Groupe ADP", "Mazars", "Paris La Défense",
        "Société Générale", "Thales",
    ];

    /// <summary>(mission id, title, association id, association name, cause); two associations have two missions.</summary>
    public static readonly IReadOnlyList<(string Id, string Title, string AssociationId, string Association, string Cause)> Missions =
    [
        ("action-handicap-france", "Plan de mobilisation des bénévoles", "action-handicap-france", "Action Handicap France", "Handicap"),
        ("amoureux-au-ban-public", "Stratégie de plaidoyer", "amoureux-au-ban-public", "Amoureux au ban public", "Droits des couples binationaux"),
        ("andibo", "Modèle économique", "andibo", "Andibo", "Insertion"),
        ("arts-93", "Recherche de mécènes", "arts-93", "Arts 93 / Compagnie élolonguè", "Culture"),
        ("auxilia-communication", "Stratégie de communication", "auxilia", "Auxilia", "Insertion des personnes détenues"),
        ("auxilia-partenariats", "Partenariats entreprises", "auxilia", "Auxilia", "Insertion des personnes détenues"),
        ("avec-nos-proches", "Plaquette commerciale", "avec-nos-proches", "Avec Nos Proches", "Aidants"),
        ("fil-de-soie", "Développement des publics", "cie-le-fil-de-soie", "Cie Le Fil de Soie", "Culture"),
        ("clown-up", "Stratégie de financement", "clown-up", "Clown Up", "Enfants hospitalisés"),
        ("onu-femmes", "Campagne de sensibilisation", "onu-femmes-france", "Comité ONU Femmes France", "Égalité femmes-hommes"),
        ("cheer-up", "Organisation du réseau", "federation-cheer-up", "Fédération Cheer Up", "Jeunes malades du cancer"),
        ("integraterre", "Offre de services aux entreprises", "integraterre", "Integr@terre", "Insertion"),
        ("fabrique-de-la-danse", "Stratégie digitale", "fabrique-de-la-danse", "La Fabrique de la Danse", "Culture"),
        ("drenche-commercial", "Démarche commerciale : vendre des espaces publicitaires", "le-drenche", "Le Drenche", "Média en ligne"),
        ("drenche-partenaires", "Convaincre de nouveaux partenaires", "le-drenche", "Le Drenche", "Média en ligne"),
        ("enfant-hopital", "Mesure d'impact", "enfant-a-l-hopital", "L'enfant@l'hôpital", "Enfants hospitalisés"),
        ("longitude-181", "Gouvernance et bénévolat", "longitude-181", "Longitude181", "Océans"),
        ("m2ie", "Parcours d'accompagnement vers l'emploi", "m2ie", "M2iE — Maison intercommunale de l'insertion et de l'emploi", "Emploi"),
        ("maison-de-l-amitie", "Communication vers les donateurs", "maison-de-l-amitie", "La maison de l'amitié", "Exclusion"),
        ("pimms-antony", "Plan de formation des médiateurs", "pimms-antony", "PIMMS Antony", "Médiation sociale"),
        ("humanest", "Stratégie de communication", "reseau-humanest", "Réseau de santé HumanEst", "Santé"),
        ("solidelles", "Modèle de financement", "solid-elles", "Solid'elles", "Femmes en précarité"),
    ];

    public const int Volunteers = 250;

    private static readonly string[] FirstNames =
    [
        "Germain", "Jihane", "Camille", "Louis", "Inès", "Hugo", "Léa", "Karim", "Sofia", "Thomas", "Chloé", "Mehdi",
        "Julie", "Nicolas", "Amina", "Pierre", "Sarah", "Yanis", "Claire", "Antoine", "Fatou", "Julien", "Emma",
    ];

    private static readonly string[] LastInitials = ["A.", "B.", "C.", "D.", "F.", "G.", "L.", "M.", "N.", "P.", "R.", "S.", "T."];

    /// <summary>Mixed teams: each volunteer's company cycles, so every team has several companies.</summary>
    public static NewVolunteer Volunteer(int index) => new(
        $"{FirstNames[index % FirstNames.Length]} {LastInitials[index / FirstNames.Length % LastInitials.Length]}",
        Companies[index % Companies.Count],
        Remote: index % 17 == 0);

    /// <summary>How far each team got by the middle of day two, so the first run looks like a live event.</summary>
    public static int MilestonesDone(int missionIndex) => missionIndex % 6;
}
