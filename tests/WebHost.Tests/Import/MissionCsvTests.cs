using Orchestrator.WebHost.Import;

namespace Orchestrator.WebHost.Tests.Import;

/// <summary>The set-up sheet's rules, without a server.</summary>
public sealed class MissionCsvTests
{
    private const string Header = "missionId;missionTitle;associationId;associationName;leadName;volunteerName;company;remote";
    private static readonly HashSet<string> NoMissions = [];

    private static ImportPlan Plan(string csv, IReadOnlySet<string>? existing = null) => MissionCsv.Plan(csv, existing ?? NoMissions);

    private static string Sheet(params string[] rows) => string.Join("\n", [Header, .. rows]);

    [Fact]
    public void CleanSheet_GroupsVolunteersByMission_AndCounts()
    {
        var plan = Plan(Sheet(
            "drenche;Démarche commerciale;le-drenche;Le Drenche;Germain;Amélie Martin;DXC Technology;non",
            "drenche;Démarche commerciale;le-drenche;Le Drenche;Germain;Jihane;Mazars;oui",
            "auxilia;Plaquette;auxilia;Auxilia;Pauline;;;",
            "andibo;Stratégie;le-drenche;Le Drenche;Marc;Paul;Orange;"));

        Assert.True(plan.IsValid, string.Join("\n", plan.Errors));
        Assert.Equal(["drenche", "auxilia", "andibo"], plan.Missions.Select(m => m.Id));
        Assert.Equal(2, plan.Associations);
        Assert.Equal(3, plan.Volunteers);
        var drenche = plan.Missions[0];
        Assert.Equal(2, drenche.Line);
        Assert.Equal([false, true], drenche.Volunteers.Select(v => v.Remote));
        Assert.Empty(plan.Missions[1].Volunteers);
    }

    [Fact]
    public void LineErrors_CarryAStableCodeAndParameters_BesideTheEnglishMessage()
    {
        var plan = Plan(Sheet(
            "drenche;Démarche commerciale;le-drenche;Le Drenche;Germain;Amélie Martin;DXC Technology",
            "Auxilia;Plaquette;auxilia;Auxilia;Pauline;;;",
            "andibo;Stratégie;andibo;Andibo;Marc;Paul;Orange;peut-être"));

        var fields = plan.Errors.Single(e => e.Line == 2);
        Assert.Equal(("csv.fieldCount", "7", "8"), (fields.Code, fields.Parameters["fields"], fields.Parameters["expected"]));
        Assert.Equal("This row has 7 fields where the header has 8.", fields.Message);
        var slug = plan.Errors.Single(e => e.Line == 3);
        Assert.Equal(("slug", "missionId", "64"), (slug.Code, slug.Parameters["field"], slug.Parameters["max"]));
        Assert.Equal("csv.remoteFlag", plan.Errors.Single(e => e.Line == 4).Code);
    }

    [Fact]
    public void CommaSeparated_QuotedFieldsWithCommasAndQuotes_AreRead()
    {
        var csv = "\uFEFFmissionId,missionTitle,associationId,associationName,leadName,volunteerName,company,remote\r\n"
            + "drenche,\"Vendre l'espace, \"\"pub\"\"\",le-drenche,Le Drenche,Germain,\"Martin, Amélie\",DXC,true\r\n";

        var plan = Plan(csv);

        Assert.True(plan.IsValid, string.Join("\n", plan.Errors));
        Assert.Equal("Vendre l'espace, \"pub\"", plan.Missions[0].Title);
        Assert.Equal("Martin, Amélie", plan.Missions[0].Volunteers[0].Name);
    }

    [Fact]
    public void OptionalColumnsMissing_MissionOnlySheet_IsValid()
    {
        var plan = Plan("missionId;missionTitle;associationId;associationName;leadName\ndrenche;Titre;le-drenche;Le Drenche;Germain\n\n");

        Assert.True(plan.IsValid, string.Join("\n", plan.Errors));
        Assert.Single(plan.Missions);
    }

    [Fact]
    public void EveryBadLine_GetsItsOwnErrorWithItsLineNumber()
    {
        var plan = Plan(Sheet(
            "drenche;Titre;le-drenche;Le Drenche;Germain;Amélie;DXC;",
            "Bad Slug;Titre;le-drenche;Le Drenche;Germain;;;",
            "auxilia;;auxilia;Auxilia;Pauline;;;",
            "andibo;<script>alert(1)</script>;andibo;Andibo;Marc;;;",
            "drenche;Autre titre;le-drenche;Le Drenche;Germain;;;",
            "drenche;Titre;le-drenche;Le Drenche;Germain;amélie;Mazars;",
            "other;Titre;le-drenche;Le Druche;Léa;;;",
            "solo;Titre;solo;Solo;Léa;Paul;;",
            "remote;Titre;remote;Remote;Léa;Paul;Orange;maybe",
            "short;Titre"));

        Assert.False(plan.IsValid);
        var byLine = plan.Errors.GroupBy(e => e.Line).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10, 11], byLine.Keys.Order());
        Assert.Equal(MissionCsv.MissionId, byLine[3][0].Column);
        Assert.Contains("required", byLine[4][0].Message);
        Assert.Contains("markup", byLine[5][0].Message);
        Assert.Contains("line 2", byLine[6][0].Message);
        Assert.Equal(MissionCsv.MissionTitle, byLine[6][0].Column);
        Assert.Contains("already in mission 'drenche' on line 2", byLine[7][0].Message);
        Assert.Equal(MissionCsv.AssociationName, byLine[8][0].Column);
        Assert.Equal(MissionCsv.Company, byLine[9][0].Column);
        Assert.Equal(MissionCsv.Remote, byLine[10][0].Column);
        Assert.Contains("fields", byLine[11][0].Message);
    }

    [Fact]
    public void MissionAlreadyInEdition_IsAnErrorOnceOnItsFirstLine()
    {
        var plan = Plan(
            Sheet("drenche;Titre;le-drenche;Le Drenche;Germain;Amélie;DXC;", "drenche;Titre;le-drenche;Le Drenche;Germain;Paul;Orange;"),
            new HashSet<string> { "drenche" });

        var error = Assert.Single(plan.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("already exists", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("drenche;Titre;le-drenche;Le Drenche;Germain")]
    [InlineData("missionId;missionTitle;associationId;associationName;leadName;secret")]
    [InlineData("missionId;missionTitle;associationId;associationName;leadName;leadName")]
    [InlineData("missionId;missionTitle;associationId;associationName;leadName")]
    public void MissingOrBrokenHeader_IsAnErrorOnLineOne(string csv)
    {
        var plan = Plan(csv);

        Assert.False(plan.IsValid);
        Assert.Equal(1, plan.Errors[0].Line);
    }

    [Fact]
    public void UnclosedQuote_IsReportedOnTheLineItOpens()
    {
        var plan = Plan(Sheet("drenche;Titre;le-drenche;Le Drenche;Germain;;;", "auxilia;\"Titre;auxilia;Auxilia;Pauline;;;"));

        Assert.Contains(plan.Errors, e => e.Line == 3 && e.Message.Contains("quoted", StringComparison.Ordinal));
    }

    [Fact]
    public void QuotedLineBreak_KeepsLineNumbersOfLaterRows()
    {
        var plan = Plan(Sheet("drenche;\"Titre\nsur deux lignes\";le-drenche;Le Drenche;Germain;;;", "BAD;Titre;x;X;Y;;;"));

        Assert.Contains(plan.Errors, e => e.Line == 2 && e.Column == MissionCsv.MissionTitle);
        Assert.Contains(plan.Errors, e => e.Line == 4 && e.Column == MissionCsv.MissionId);
    }
}
