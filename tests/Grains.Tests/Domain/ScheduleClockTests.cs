using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Editions;

namespace Orchestrator.Grains.Tests.Domain;

public sealed class ScheduleClockTests
{
    // The Factory 2018: two days at La Défense, Paris time (UTC+1 in November).
    private static readonly ScheduleClock Factory = new("Europe/Paris",
    [
        new EventDayInfo(new DateOnly(2018, 11, 14), "Jour 1"),
        new EventDayInfo(new DateOnly(2018, 11, 15), "Jour 2", End: new TimeOnly(17, 0)),
    ]);

    [Fact]
    public void Elapsed_BeforeTheFirstDay_IsZero() =>
        Assert.Equal(0, Factory.ElapsedFraction(new DateTimeOffset(2018, 11, 14, 7, 59, 0, TimeSpan.Zero)));

    [Fact]
    public void Elapsed_CountsWorkingTimeOnly_InTheEditionTimeZone()
    {
        // 9 + 8 = 17 working hours; end of day one (18:00 Paris = 17:00 UTC) is 9/17 of them.
        var endOfDayOne = new DateTimeOffset(2018, 11, 14, 17, 0, 0, TimeSpan.Zero);
        Assert.Equal(9.0 / 17, Factory.ElapsedFraction(endOfDayOne), 6);
        Assert.Equal(9.0 / 17, Factory.ElapsedFraction(endOfDayOne.AddHours(10)), 6);
    }

    [Fact]
    public void Elapsed_AfterTheLastDay_IsOne() =>
        Assert.Equal(1, Factory.ElapsedFraction(new DateTimeOffset(2018, 11, 16, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void UnknownTimeZone_IsRefused() =>
        Assert.Equal(DomainRuleKind.Invalid, Assert.Throws<DomainRuleException>(() => new ScheduleClock("Mars/Olympus", [])).Kind);
}
