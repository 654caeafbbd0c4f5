using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Tests.Domain;

public sealed class EditionTallyTests
{
    private static MissionSummary Mission(string id, string association, int done, int total, int volunteers, params string[] companies) =>
        new(id, id, association, association, Progress.Percent(done, total), MissionHealth.OnTrack, 1, DateTimeOffset.UnixEpoch,
            done, total, volunteers, companies, 0, null, false);

    [Fact]
    public void Counters_AddUpMissions_CountDistinctAssociationsAndCompanies()
    {
        var counters = EditionTally.Count(
        [
            Mission("drenche-commercial", "le-drenche", 5, 5, 7, "DXC Technology", "Mazars"),
            Mission("auxilia-communication", "auxilia", 2, 5, 10, "Mazars", "Allianz "),
            Mission("auxilia-brochure", "auxilia", 0, 3, 8, "allianz", "Thales"),
        ]);

        Assert.Equal(3, counters.Missions);
        Assert.Equal(2, counters.Associations);
        Assert.Equal(25, counters.Volunteers);
        Assert.Equal(4, counters.Companies);
        Assert.Equal(7, counters.MilestonesDone);
        Assert.Equal(13, counters.MilestonesTotal);
        Assert.Equal(1, counters.MissionsCompleted);
    }

    [Fact]
    public void Counters_OfNoMission_AreZero() => Assert.Equal(Grains.Interfaces.Editions.EditionCounters.Empty, EditionTally.Count([]));
}
