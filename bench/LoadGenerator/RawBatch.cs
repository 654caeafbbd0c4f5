namespace Orchestrator.LoadGenerator;

/// <summary>
/// What the raw hub broadcasts: an <c>Events</c> batch of one <c>MissionChanged</c> shaped like the
/// server's (the same fields, of the same kinds), whose mission version is the time it was sent. The
/// screens read it with the same handler as the real ones (<see cref="MissionChanges"/>), so both halves
/// of a run cost the clients, who share the cores with the server, the same.
/// </summary>
internal static class RawBatch
{
    public const string MissionId = "raw";

    /// <param name="sentAt">A <c>Stopwatch</c> timestamp; 0 for a warm-up message, which no screen times.</param>
    public static object[] Of(long sentAt) =>
    [
        new Dictionary<string, object?>
        {
            ["name"] = "MissionChanged",
            ["payload"] = new Dictionary<string, object?>
            {
                ["editionId"] = "bench-raw-0000000000",
                ["version"] = sentAt,
                ["mission"] = new Dictionary<string, object?>
                {
                    ["id"] = MissionId,
                    ["title"] = "Produire une plaquette commerciale pour la rentrée",
                    ["associationId"] = "la-cravate-solidaire",
                    ["associationName"] = "La Cravate Solidaire",
                    ["progress"] = 40,
                    ["health"] = "on-track",
                    ["version"] = sentAt,
                    ["lastUpdateAt"] = "2026-12-02T09:30:00+00:00",
                    ["milestonesDone"] = 2,
                    ["milestonesTotal"] = 5,
                    ["volunteers"] = 11,
                    ["openHelpRequests"] = 0,
                    ["currentMilestone"] = "diagnosis",
                    ["deliverables"] = 1,
                    ["checkedIn"] = 9,
                },
            },
        },
    ];
}
