using System.Net.Http.Json;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.Browser.Tests.Infrastructure;

/// <summary>
/// A Factory the size of the 2018 one (22 missions with real-length titles) on a day running now
/// (<see cref="RunningDay"/>): what the wall, the display and the countdowns are tried on.
/// </summary>
public sealed record FactoryRoom(RunningDay Day, string ViewerToken, IReadOnlyList<(string Id, string Title)> Missions)
{
    private static readonly string[] Titles =
    [
        "Démarche commerciale : vendre des espaces publicitaires", "Stratégie de communication", "Plan de mécénat d'entreprise",
        "Refonte du site internet", "Plaquette commerciale", "Modèle économique d'une épicerie solidaire",
        "Recrutement et fidélisation des bénévoles", "Tableau de bord financier", "Stratégie réseaux sociaux",
        "Offre de formation aux entreprises", "Étude d'impact social", "Organisation d'un événement de collecte",
        "Parcours d'accueil des nouveaux bénévoles", "Plan de communication interne", "Dossier de subvention européenne",
        "Base de données des donateurs", "Stratégie de partenariats locaux", "Charte graphique et identité",
        "Diagnostic organisationnel", "Programme d'ambassadeurs", "Offre de services aux collectivités", "Campagne de financement participatif",
    ];

    public string ControlWallUrl => $"/control/{Day.EditionId}?wall=1#token={ViewerToken}";

    public string DisplayUrl(int pageSeconds) => $"/display/{Day.EditionId}?page={pageSeconds}#token={ViewerToken}";

    public static async Task<FactoryRoom> Create(OrchestratorServer server, int missions = 22)
    {
        using var admin = server.Client();
        var day = await RunningDay.Create(admin);
        var created = new List<(string, string)>();
        for (var i = 0; i < missions; i++)
        {
            var id = $"mission-{i + 1:00}";
            var title = Titles[i % Titles.Length];
            await ApiCalls.Json(await admin.PostAsJsonAsync($"/api/editions/{day.EditionId}/missions", new
            {
                id,
                title,
                association = new { id = $"association-{i + 1:00}", name = $"Association n°{i + 1}" },
                lead = new { name = "Germain" },
            }), 201);
            created.Add((id, title));
        }

        return new FactoryRoom(day, await admin.IssueViewerToken(day.EditionId), created);
    }
}
