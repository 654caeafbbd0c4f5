using Orchestrator.Grains.Domain.Survey;

namespace Orchestrator.Grains.Tests.Domain.Survey;

public sealed class SatisfactionMeanTests
{
    [Theory]
    [InlineData(new[] { 4, 5 }, 4.5)]
    [InlineData(new[] { 4, 4, 5 }, 4.3)] // 4.333…
    [InlineData(new[] { 4, 5, 5 }, 4.7)] // 4.666…
    [InlineData(new[] { 4, 4, 4, 5 }, 4.3)] // 4.25: half away from zero
    [InlineData(new[] { 1, 1, 1, 2 }, 1.3)] // 1.25
    [InlineData(new[] { 3 }, 3)]
    public void Mean_OneDecimal_HalfAwayFromZero(int[] answers, double expected) =>
        Assert.Equal((decimal)expected, SatisfactionMean.Of(answers));

    [Fact]
    public void Mean_OfNoAnswer_IsNull() => Assert.Null(SatisfactionMean.Of([]));
}
