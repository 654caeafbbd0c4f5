namespace Orchestrator.WebHost.Realtime;

/// <summary>
/// SignalR groups of the live hub. A screen watching a whole edition is in <see cref="Edition"/>; a
/// team's page (which may not see the edition) is in <see cref="Mission"/> and <see cref="Teams"/>.
/// </summary>
public static class LiveGroups
{
    public static string Edition(string editionId) => $"edition:{editionId}";

    public static string Mission(string editionId, string missionId) => $"mission:{editionId}:{missionId}";

    /// <summary>Every team page of an edition: they receive its announcements.</summary>
    public static string Teams(string editionId) => $"teams:{editionId}";

    /// <summary>A mission's connections that may see its volunteers' names: they hear its presence.</summary>
    public static string MissionTeam(string editionId, string missionId) => $"mission-team:{editionId}:{missionId}";
}
