using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Schedule;

namespace Orchestrator.Grains.Tests.Domain;

public sealed class DayPhasesTests
{
    private static readonly DateOnly DayOne = new(2018, 11, 14);
    private static readonly TimeZoneInfo Paris = TimeZones.Find("Europe/Paris");

    private static readonly SchedulePhase[] Phases =
    [
        new("accueil", "Accueil", new TimeOnly(8, 30), new TimeOnly(9, 0)),
        new("cadrage", "Cadrage avec les associations", new TimeOnly(9, 0), new TimeOnly(12, 30)),
        new("atelier", "Atelier", new TimeOnly(14, 0), new TimeOnly(18, 0)),
    ];

    [Fact]
    public void Current_IsThePhaseRunningNow_InTheEditionTimeZone()
    {
        // 10:00 UTC is 11:00 in Paris in November.
        var current = DayPhases.Current(Phases, DayOne, Paris, new DateTimeOffset(2018, 11, 14, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal("cadrage", current?.Id);
    }

    [Fact]
    public void Current_IsNone_DuringTheLunchGap_OrOnAnotherDay()
    {
        Assert.Null(DayPhases.Current(Phases, DayOne, Paris, new DateTimeOffset(2018, 11, 14, 12, 0, 0, TimeSpan.Zero)));
        Assert.Null(DayPhases.Current(Phases, DayOne, Paris, new DateTimeOffset(2018, 11, 15, 10, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void OverlappingPhases_AreRefused()
    {
        SchedulePhase[] overlapping = [Phases[1], new("dejeuner", "Déjeuner", new TimeOnly(12, 0), new TimeOnly(13, 0))];
        Assert.Equal(DomainRuleKind.Invalid, Assert.Throws<DomainRuleException>(() => DayPhases.EnsureValid(overlapping)).Kind);
    }

    [Fact]
    public void PhaseEndingBeforeItStarts_IsRefused() =>
        Assert.Throws<DomainRuleException>(() => DayPhases.EnsureValid([new("x", "X", new TimeOnly(10, 0), new TimeOnly(9, 0))]));
}
