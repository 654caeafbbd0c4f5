using Orchestrator.Grains.Domain;

namespace Orchestrator.Grains.Tests.Domain;

public sealed class CompanyNamesTests
{
    [Fact]
    public void Companies_IgnoreCaseAndSpaces_ShownInTheirMostFrequentSpelling()
    {
        var groups = CompanyNames.Group(["mazars", " EY", "Mazars", "MAZARS", "Mazars ", "ey", "", "  "]);

        Assert.Equal([("Mazars", 4), ("EY", 2)], groups);
    }

    [Fact]
    public void Companies_ATie_GoesToTheCapitalisedSpelling() =>
        Assert.Equal([("Thales", 2)], CompanyNames.Group(["thales", "Thales"]));
}
