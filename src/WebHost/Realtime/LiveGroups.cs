namespace Orchestrator.WebHost.Realtime;

/// <summary>
/// SignalR groups of the live hub. A screen watching a whole edition is in <see cref="Edition"/>, or, if
/// its token may not read the survey's progress (a team lead's page), in <see cref="EditionLeads"/>; a
/// team's page (which may not see the edition) is in <see cref="Mission"/> and <see cref="Teams"/>.
/// </summary>
public static class LiveGroups
{
    public static string Edition(string editionId) => $"edition:{editionId}";

    /// <summary>Team leads watching their edition: every edition event, but the survey's without its counts.</summary>
    public static string EditionLeads(string editionId) => $"edition-leads:{editionId}";

    /// <summary>The edition group a connection of <paramref name="mayReadSurvey"/> joins (and leaves).</summary>
    public static string Edition(string editionId, bool mayReadSurvey) =>
        mayReadSurvey ? Edition(editionId) : EditionLeads(editionId);

    public static string Mission(string editionId, string missionId) => $"mission:{editionId}:{missionId}";

    /// <summary>Every team page of an edition: they receive its announcements.</summary>
    public static string Teams(string editionId) => $"teams:{editionId}";

    /// <summary>A mission's connections that may see its volunteers' names: they hear its presence.</summary>
    public static string MissionTeam(string editionId, string missionId) => $"mission-team:{editionId}:{missionId}";
}
