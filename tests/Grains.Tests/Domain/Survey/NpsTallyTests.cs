using Orchestrator.Grains.Domain.Survey;

namespace Orchestrator.Grains.Tests.Domain.Survey;

public sealed class NpsTallyTests
{
    [Fact]
    public void Nps_CountsPromotersPassivesDetractors_AtTheirBounds()
    {
        var tally = NpsTally.Of([0, 6, 7, 8, 9, 10]);

        Assert.Equal(new NpsTally(Promoters: 2, Passives: 2, Detractors: 2), tally);
        Assert.Equal(6, tally.Answered);
        Assert.Equal(0m, tally.Score);
    }

    [Theory]
    [InlineData(new[] { 10, 10, 10 }, 100)]
    [InlineData(new[] { 0, 3, 6 }, -100)]
    [InlineData(new[] { 9, 7, 7 }, 33.3)] // 33.33… down
    [InlineData(new[] { 9, 9, 7 }, 66.7)] // 66.66… up
    [InlineData(new[] { 9, 10, 2, 8 }, 25)]
    public void Nps_IsPercentPromotersMinusPercentDetractors_OneDecimal(int[] scores, double expected) =>
        Assert.Equal((decimal)expected, NpsTally.Of(scores).Score);

    [Fact]
    public void Nps_AtAMidpoint_RoundsAwayFromZero_NotToEven()
    {
        // 1 promoter among 16: 6.25 exactly. Half to even (.NET's default) would say 6.2.
        var up = Enumerable.Repeat(8, 15).Append(9);
        var down = Enumerable.Repeat(8, 15).Append(0);
        // 3 promoters among 40: 7.5 exactly → already one decimal; 1 among 80: 1.25 → 1.3.
        var small = Enumerable.Repeat(7, 79).Append(10);

        Assert.Equal(6.3m, NpsTally.Of(up).Score);
        Assert.Equal(-6.3m, NpsTally.Of(down).Score);
        Assert.Equal(1.3m, NpsTally.Of(small).Score);
        Assert.Equal(7.5m, NpsTally.Of(Enumerable.Repeat(8, 37).Concat([9, 9, 9])).Score);
    }

    [Fact]
    public void Nps_WithNoAnswer_IsNull_NotZero() => Assert.Null(NpsTally.Of([]).Score);
}
