using Microsoft.Extensions.Time.Testing;
using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Tests.Domain;

/// <summary>The edition's rules without a cluster; event time is this test's own fake clock.</summary>
public sealed class EditionTests
{
    private static readonly HealthReview NoSchedule = new(null, TimeSpan.FromMinutes(45));

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2018, 11, 14, 8, 0, 0, TimeSpan.Zero));
    private readonly EditionState _state = new();

    private DateTimeOffset Now => _clock.GetUtcNow();

    private Edition NewEdition()
    {
        var edition = new Edition("factory-2018", _state);
        edition.Create(
            new CreateEdition("Probono Factory 2018", "Paris La Défense", EditionFormat.Factory, "Europe/Paris", [new EventDayInfo(new DateOnly(2018, 11, 14), "Jour 1")]),
            Now);
        return edition;
    }

    private MissionSummary Summary(string id, long version, int done = 0, int volunteers = 0) =>
        new(id, id, "le-drenche", "Le Drenche", done * 20, MissionHealth.OnTrack, version, Now, done, 5, volunteers, [], 0, null, false);

    [Fact]
    public void Create_Twice_IsAConflict_UnknownZoneIsInvalid()
    {
        var edition = NewEdition();
        Assert.Equal(1, edition.Version);
        var again = new CreateEdition("t", "t", EditionFormat.Factory, "Europe/Paris", []);
        Assert.Equal(DomainRuleKind.Conflict, Assert.Throws<DomainRuleException>(() => edition.Create(again, Now)).Kind);

        var other = new Edition("elsewhere", new EditionState());
        Assert.Equal(DomainRuleKind.Invalid, Assert.Throws<DomainRuleException>(() => other.Create(again with { TimeZone = "Mars/Olympus" }, Now)).Kind);
        Assert.False(other.Exists);
    }

    [Fact]
    public void MissionChange_OlderOrSameReport_IsNotAChange()
    {
        var edition = NewEdition();
        Assert.NotNull(edition.RecordMissionChange(new MissionChange(Summary("drenche", 2), null), NoSchedule, Now));
        Assert.Null(edition.RecordMissionChange(new MissionChange(Summary("drenche", 2), null), NoSchedule, Now));
        Assert.Null(edition.RecordMissionChange(new MissionChange(Summary("drenche", 1), null), NoSchedule, Now));
        Assert.Equal(2, edition.Version);
    }

    [Fact]
    public void MissionChange_TellsTheMission_TheCountersOnlyWhenTheyMove_AndTheHelpAsked()
    {
        var edition = NewEdition();
        var first = edition.RecordMissionChange(new MissionChange(Summary("drenche", 1), null), NoSchedule, Now)!;
        Assert.Equal([EditionEventKind.MissionChanged, EditionEventKind.EditionChanged], first.Select(e => e.Kind));

        var help = new HelpRequest("h1", "drenche", "finance", "?", HelpRequestStatus.Open, Now);
        var second = edition.RecordMissionChange(new MissionChange(Summary("drenche", 2), help), NoSchedule, Now)!;
        Assert.Equal([EditionEventKind.MissionChanged, EditionEventKind.HelpRequested], second.Select(e => e.Kind));
        Assert.All(second, e => Assert.Equal(3, e.Version));

        var third = edition.RecordMissionChange(new MissionChange(Summary("drenche", 3, done: 1), null), NoSchedule, Now)!;
        Assert.Equal(1, third.Single(e => e.Kind == EditionEventKind.EditionChanged).Counters!.MilestonesDone);
    }

    [Fact]
    public void MissionChange_IsJudgedAgain_WithTheEditionsLiveHealth()
    {
        var edition = NewEdition();
        var stale = Summary("drenche", 1) with { LastUpdateAt = Now - TimeSpan.FromHours(2) };
        var events = edition.RecordMissionChange(new MissionChange(stale, null), NoSchedule, Now)!;
        Assert.Equal(MissionHealth.Stale, events[0].Mission!.Health);
        Assert.Equal(MissionHealth.Stale, edition.Snapshot().Missions.Single().Health);
    }

    [Fact]
    public void Announcements_KeepTheLatest()
    {
        var edition = NewEdition();
        for (var i = 0; i <= Edition.AnnouncementsKept; i++)
        {
            edition.Announce($"a{i}", new Announce($"Message {i}"), Now);
        }

        Assert.Equal(Edition.AnnouncementsKept, _state.Announcements.Count);
        Assert.Equal("a1", _state.Announcements[0].Id);
        Assert.Equal(1 + Edition.AnnouncementsKept + 1, edition.Version);
    }

    [Fact]
    public void PinnedAnnouncement_ReplacesThePinOfItsAudience_UnpinTwiceIsANoOp()
    {
        var edition = NewEdition();
        edition.RecordMissionChange(new MissionChange(Summary("drenche", 1), null), NoSchedule, Now);
        edition.RecordMissionChange(new MissionChange(Summary("auxilia", 1), null), NoSchedule, Now);
        edition.Announce("all-1", new Announce("Déjeuner à 12h30", Pinned: true), Now);
        edition.Announce("drenche-1", new Announce("Salle 4", "drenche", Pinned: true), Now);
        edition.Announce("all-2", new Announce("Déjeuner à 13h", Pinned: true), Now);
        edition.Announce("plain", new Announce("Pause"), Now);

        Assert.Equal(["all-2", "drenche-1"], edition.PinnedFor("drenche").Select(a => a.Id));
        Assert.Equal(["all-2"], edition.PinnedFor("auxilia").Select(a => a.Id));

        var version = edition.Version;
        var unpinned = edition.Unpin("drenche-1", out var announcement);
        Assert.Equal((EditionEventKind.AnnouncementUnpinned, version + 1, "drenche"), (unpinned!.Kind, unpinned.Version, unpinned.Announcement!.MissionId));
        Assert.False(announcement.Pinned);
        Assert.Null(edition.Unpin("drenche-1", out _));
        Assert.Equal(version + 1, edition.Version);
        Assert.Equal(["all-2"], edition.PinnedFor("drenche").Select(a => a.Id));
        Assert.Equal(DomainRuleKind.NotFound, Assert.Throws<DomainRuleException>(() => edition.Unpin("nowhere", out _)).Kind);
    }

    [Fact]
    public void Announcement_ToAnUnknownMission_IsNotFound_AndChangesNothing()
    {
        var edition = NewEdition();
        var version = edition.Version;

        Assert.Equal(DomainRuleKind.NotFound, Assert.Throws<DomainRuleException>(() => edition.Announce("a", new Announce("Salle 4", "nowhere"), Now)).Kind);
        Assert.Equal(version, edition.Version);
        Assert.Empty(_state.Announcements);
    }

    [Fact]
    public void Reveal_Twice_IsANoOp_UnknownMissionIsNotFound()
    {
        var edition = NewEdition();
        edition.RecordMissionChange(new MissionChange(Summary("drenche", 1), null), NoSchedule, Now);
        Assert.True(edition.Reveal("drenche"));
        var version = edition.Version;

        Assert.False(edition.Reveal("drenche"));
        Assert.Equal(version, edition.Version);
        Assert.Equal(new[] { "drenche" }, edition.RevealState("drenche").Revealed);
        Assert.Equal(DomainRuleKind.NotFound, Assert.Throws<DomainRuleException>(() => edition.Reveal("auxilia")).Kind);
    }

    [Fact]
    public void ResetReveal_StartsTheReveal_ThenIsANoOp()
    {
        var edition = NewEdition();
        Assert.True(edition.ResetReveal());
        Assert.True(edition.RevealState(null).Started);
        var version = edition.Version;
        Assert.False(edition.ResetReveal());
        Assert.Equal(version, edition.Version);
    }

    [Fact]
    public void HealthReview_TellsOnlyTheMissionsWhoseHealthMoved()
    {
        var edition = NewEdition();
        edition.RecordMissionChange(new MissionChange(Summary("drenche", 1), null), NoSchedule, Now);
        _clock.Advance(TimeSpan.FromMinutes(30));
        edition.RecordMissionChange(new MissionChange(Summary("auxilia", 1), null), NoSchedule, Now);
        var version = edition.Version;

        Assert.Empty(edition.ReviewHealth(NoSchedule, Now));
        Assert.Equal(version, edition.Version);

        _clock.Advance(TimeSpan.FromMinutes(20));
        var moved = Assert.Single(edition.ReviewHealth(NoSchedule, Now));
        Assert.Equal(("drenche", MissionHealth.Stale, version + 1), (moved.Mission!.Id, moved.Mission.Health, moved.Version));
    }

    [Fact]
    public void IsOver_ADayAfterTheLastDayEnds()
    {
        var edition = NewEdition();
        _clock.Advance(TimeSpan.FromHours(9 + 24));
        Assert.False(edition.IsOver(Now));
        _clock.Advance(TimeSpan.FromHours(2));
        Assert.True(edition.IsOver(Now));
        Assert.True(new Edition("never", new EditionState()).IsOver(Now));
    }
}
