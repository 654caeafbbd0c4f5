namespace Orchestrator.WebHost.Realtime;

/// <summary>
/// SignalR groups of the live hub. A screen watching a whole edition is in <see cref="Edition"/>, or, if
/// its token may not read the survey's progress (a team lead's page), in <see cref="EditionLeads"/>; a
/// team's page (which may not see the edition) is in <see cref="Mission"/> and <see cref="Teams"/>.
/// </summary>
public static class LiveGroups
{
    private const string EditionPrefix = "edition:";
    private const string EditionLeadsPrefix = "edition-leads:";

    public static string Edition(string editionId) => EditionPrefix + editionId;

    /// <summary>Team leads watching their edition: every edition event, but the survey's without its counts.</summary>
    public static string EditionLeads(string editionId) => EditionLeadsPrefix + editionId;

    /// <summary>The edition group a connection of <paramref name="mayReadSurvey"/> joins (and leaves).</summary>
    public static string Edition(string editionId, bool mayReadSurvey) =>
        mayReadSurvey ? Edition(editionId) : EditionLeads(editionId);

    /// <summary>
    /// An edition's audience is spread over this many SignalR groups, one per slice of its connections: a
    /// batch goes to one slice after another (<see cref="HubLiveObserver"/>), so that the sends to 10,000
    /// screens do not queue ahead of everything else at once (a lead's answer waited behind them).
    /// </summary>
    public const int Slices = 16;

    /// <summary>The slice of <paramref name="group"/> (an edition group) that <paramref name="connectionId"/> is in.</summary>
    public static string Slice(string group, string connectionId) =>
        Slice(group, (int)((uint)StringComparer.Ordinal.GetHashCode(connectionId) % Slices));

    public static string Slice(string group, int slice) => $"{group}#{slice}";

    /// <summary>Every slice of an edition group: what a send to the whole group goes to.</summary>
    public static IReadOnlyList<string> AllSlices(string group) => [.. Enumerable.Range(0, Slices).Select(slice => Slice(group, slice))];

    /// <summary>Whether <paramref name="group"/> is an edition group (sent to slice by slice), not a team page's.</summary>
    public static bool IsSliced(string group) =>
        group.StartsWith(EditionPrefix, StringComparison.Ordinal) || group.StartsWith(EditionLeadsPrefix, StringComparison.Ordinal);

    public static string Mission(string editionId, string missionId) => $"mission:{editionId}:{missionId}";

    /// <summary>Every team page of an edition: they receive its announcements.</summary>
    public static string Teams(string editionId) => $"teams:{editionId}";

    /// <summary>A mission's connections that may see its volunteers' names: they hear its presence.</summary>
    public static string MissionTeam(string editionId, string missionId) => $"mission-team:{editionId}:{missionId}";
}
