using Orchestrator.Grains.Domain.Impact;
using Orchestrator.Grains.Interfaces.Editions;

namespace Orchestrator.Grains.Tests.Domain.Impact;

public sealed class WorkingHoursTests
{
    [Fact]
    public void WorkingHours_AreEachDaysEndMinusStart_DefaultNineToSix()
    {
        var hours = WorkingHours.Of(
        [
            new EventDayInfo(new DateOnly(2018, 11, 14), "Jour 1"),
            new EventDayInfo(new DateOnly(2018, 11, 15), "Jour 2", new TimeOnly(8, 30), new TimeOnly(17, 0)),
            new EventDayInfo(new DateOnly(2018, 11, 16), "Soirée", new TimeOnly(18, 0), new TimeOnly(21, 45)),
        ]);

        Assert.Equal(9m + 8.5m + 3.75m, hours);
    }

    [Fact]
    public void WorkingHours_OfOnlyAStartOrAnEnd_UseTheDefaultForTheOther() =>
        Assert.Equal(7m + 6m, WorkingHours.Of(
        [
            new EventDayInfo(new DateOnly(2018, 11, 14), "Jour 1", Start: new TimeOnly(11, 0)),
            new EventDayInfo(new DateOnly(2018, 11, 15), "Jour 2", End: new TimeOnly(15, 0)),
        ]));
}
