using Microsoft.Extensions.Time.Testing;
using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Schedule;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Tests.Domain;

/// <summary>The desk's run of show on a fake clock: current phase, countdown, drift, a phase ended early, extended, the next started by hand.</summary>
public sealed class RunOfShowTests
{
    private static readonly DateOnly DayOne = new(2018, 11, 14);

    // Paris is UTC+1 in November: 09:00 local is 08:00 UTC.
    private static readonly SchedulePhase[] Phases =
    [
        new("accueil", "Accueil", new TimeOnly(9, 0), new TimeOnly(9, 30)),
        new("cadrage", "Cadrage", new TimeOnly(9, 30), new TimeOnly(11, 0)),
        new("diagnostic", "Diagnostic", new TimeOnly(11, 0), new TimeOnly(12, 0)),
        new("restitution", "Restitution", new TimeOnly(14, 0), new TimeOnly(15, 0)),
    ];

    private readonly FakeTimeProvider _clock = new(At(9, 10));
    private readonly RunOfShow _run;

    public RunOfShowTests()
    {
        _run = new RunOfShow(DayOne, new EventDayState());
        _run.SetPlan("Europe/Paris", Phases);
    }

    private DateTimeOffset Now => _clock.GetUtcNow();

    [Fact]
    public void Current_IsThePlannedPhase_WithItsCountdown_AndNoDrift()
    {
        var day = _run.Schedule("factory", Now);

        Assert.Equal("accueil", day.CurrentPhase?.Id);
        Assert.Equal(TimeSpan.FromMinutes(20), Current(day).End - Now);
        Assert.Equal(0, day.DriftMinutes);
        Assert.Equal([PhaseStatus.Current, PhaseStatus.Upcoming, PhaseStatus.Upcoming, PhaseStatus.Upcoming], day.Timeline.Select(p => p.Status));
    }

    [Fact]
    public void Countdown_MovesWithTheClock()
    {
        var before = Current(_run.Schedule("factory", Now)).End - Now;
        _clock.Advance(TimeSpan.FromMinutes(5));
        var after = Current(_run.Schedule("factory", Now)).End - Now;

        Assert.Equal(before - TimeSpan.FromMinutes(5), after);
    }

    [Fact]
    public void Extended_PhaseEndsLater_AndPushesTheNextOnes_AsDrift()
    {
        _run.ExtendCurrent(10, Now);
        var day = _run.Schedule("factory", Now);

        Assert.Equal(At(9, 40), Current(day).End);
        Assert.Equal(10, day.DriftMinutes);
        var cadrage = day.Timeline.Single(p => p.PhaseId == "cadrage");
        Assert.Equal((At(9, 40), At(11, 10), 10), (cadrage.Start, cadrage.End, cadrage.DriftMinutes));

        // The lunch gap absorbs the drift: the afternoon starts as planned.
        var restitution = day.Timeline.Single(p => p.PhaseId == "restitution");
        Assert.Equal((At(14, 0), 0), (restitution.Start, restitution.DriftMinutes));
    }

    [Fact]
    public void EndedEarly_PhaseIsDone_AndTheNextWaitsForItsPlannedStart()
    {
        _run.EndCurrent(Now);
        var day = _run.Schedule("factory", Now);

        Assert.Null(day.CurrentPhase);
        Assert.Equal(PhaseStatus.Done, day.Timeline[0].Status);
        Assert.Equal(-20, day.Timeline[0].DriftMinutes);
        _clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal("cadrage", _run.Schedule("factory", Now).CurrentPhase?.Id);
    }

    [Fact]
    public void NextStartedByHand_EndsTheCurrentOne_AndRunsEarly()
    {
        _run.StartNext(Now);
        var day = _run.Schedule("factory", Now);

        Assert.Equal("cadrage", day.CurrentPhase?.Id);
        Assert.Equal(At(9, 10), Current(day).Start);
        Assert.Equal(At(10, 40), Current(day).End);
        Assert.Equal(-20, day.DriftMinutes);
        Assert.Equal(PhaseStatus.Done, day.Timeline[0].Status);
    }

    [Fact]
    public void NextStartedByHand_BetweenPhases_StartsTheComingOne()
    {
        _clock.SetUtcNow(At(12, 30));
        Assert.Null(_run.Schedule("factory", Now).CurrentPhase);

        _run.StartNext(Now);

        Assert.Equal("restitution", _run.Schedule("factory", Now).CurrentPhase?.Id);
    }

    [Fact]
    public void LatePhase_EndedByTheDesk_LetsTheNextStartAtOnce()
    {
        _clock.SetUtcNow(At(10, 50));
        _run.ExtendCurrent(15, Now); // cadrage now ends at 11:15, diagnostic follows until 12:15
        Assert.Equal(15, _run.Schedule("factory", Now).DriftMinutes);

        _clock.SetUtcNow(At(11, 5));
        _run.EndCurrent(Now);
        var day = _run.Schedule("factory", Now);

        Assert.Equal("diagnostic", day.CurrentPhase?.Id);
        Assert.Equal(5, day.DriftMinutes);
    }

    [Fact]
    public void NothingRunning_EndAndExtendAreConflicts()
    {
        _clock.SetUtcNow(At(12, 30));

        Assert.Equal(DomainRuleKind.Conflict, Assert.Throws<DomainRuleException>(() => _run.EndCurrent(Now)).Kind);
        Assert.Equal(DomainRuleKind.Conflict, Assert.Throws<DomainRuleException>(() => _run.ExtendCurrent(5, Now)).Kind);
    }

    [Fact]
    public void LastPhaseOver_NextIsAConflict()
    {
        _clock.SetUtcNow(At(16, 0));

        Assert.Equal(DomainRuleKind.Conflict, Assert.Throws<DomainRuleException>(() => _run.StartNext(Now)).Kind);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(181)]
    [InlineData(-5)]
    public void Extension_OutOfRange_IsRefused_AndChangesNothing(int minutes)
    {
        Assert.Equal(DomainRuleKind.Invalid, Assert.Throws<DomainRuleException>(() => _run.ExtendCurrent(minutes, Now)).Kind);
        Assert.Equal(At(9, 30), Current(_run.Schedule("factory", Now)).End);
    }

    [Fact]
    public void NewPlan_KeepsWhatTheDeskDid_ToPhasesStillInIt()
    {
        _run.ExtendCurrent(10, Now);
        _run.SetPlan("Europe/Paris", [Phases[0], Phases[1]]);

        Assert.Equal(At(9, 40), Current(_run.Schedule("factory", Now)).End);
    }

    private static PhaseTimeline Current(DaySchedule day) => day.Timeline.Single(p => p.Status == PhaseStatus.Current);

    private static DateTimeOffset At(int hour, int minute) => new(2018, 11, 14, hour - 1, minute, 0, TimeSpan.Zero);
}
