using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces.Editions;

namespace Orchestrator.Grains.Tests.Domain;

public sealed class DefaultMilestonesTests
{
    [Fact]
    public void Factory_HasTheFiveStepsOfATwoDayMission() =>
        Assert.Equal(["framing", "diagnosis", "ideas", "deliverable", "presentation"], DefaultMilestones.For(EditionFormat.Factory).Select(m => m.Id));

    [Fact]
    public void Marathon_HasAShorterList() =>
        Assert.True(DefaultMilestones.For(EditionFormat.Marathon).Count < DefaultMilestones.For(EditionFormat.Factory).Count);

    [Theory]
    [InlineData(EditionFormat.Factory)]
    [InlineData(EditionFormat.Marathon)]
    [InlineData(EditionFormat.Distanced)]
    [InlineData(EditionFormat.Booster)]
    public void EveryFormat_HasUniqueSlugIds(EditionFormat format)
    {
        var ids = DefaultMilestones.For(format).Select(m => m.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[a-z0-9-]{1,64}$", id));
    }
}
