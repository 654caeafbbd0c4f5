using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Vote;
using Orchestrator.Grains.Interfaces.Survey;
using Orchestrator.WebHost.Api;

namespace Orchestrator.WebHost.Tests.Pages;

/// <summary>The pages' text: one file per language (js/i18n/*.js), the same keys in each, and every key a page uses defined.</summary>
public sealed class PageTextTests
{
    private static readonly string[] Languages = ["fr", "en"];

    /// <summary>
    /// Keys computed at run time, by family, with every value they can take: the wire names of the
    /// enums the API sends, the live states connection.js reports, the help-queue actions of control.js, the survey's roles and
    /// the editions' formats of the survey and report pages.
    /// </summary>
    private static readonly Dictionary<string, string[]> ComputedFamilies = new(StringComparer.Ordinal)
    {
        ["health."] = [.. Enum.GetValues<MissionHealth>().Select(WireNames.Of)],
        ["status."] = [.. Enum.GetValues<MilestoneStatus>().Select(WireNames.Of)],
        ["help."] = [.. Enum.GetValues<HelpRequestStatus>().Select(WireNames.Of)],
        ["live."] = ["connecting", "live", "reconnecting", "offline"],
        ["control.help."] = ["acknowledge", "resolve", "acknowledged", "resolved"],
        ["vote.status."] = [.. Enum.GetValues<VoteStatus>().Select(WireNames.Of)],
        ["role."] = [.. Enum.GetValues<SurveyRole>().Select(WireNames.Of)],
        ["format."] = [.. Enum.GetValues<EditionFormat>().Select(WireNames.Of)],
    };

    [Fact]
    public void Languages_DefineTheSameKeys()
    {
        var french = Defined("fr");
        foreach (var language in Languages.Skip(1))
        {
            var other = Defined(language);
            Assert.Equal([], french.Except(other).Order().Select(k => $"{k} is missing from {language}"));
            Assert.Equal([], other.Except(french).Order().Select(k => $"{k} is missing from fr"));
        }
    }

    [Fact]
    public void Pages_UseOnlyDefinedKeys()
    {
        var missing = Languages
            .SelectMany(language => Missing(Defined(language), PageSources.All(IsTranslationModule), ComputedKeys()).Select(m => $"{m} ({language})"))
            .ToList();

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void Pages_ComputeKeysOnlyInKnownFamilies()
    {
        var families = PageSources.All(IsTranslationModule).SelectMany(f => PageTextKeys.Computed(f.Text)).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(ComputedFamilies.Keys.Order(StringComparer.Ordinal), families);
    }

    /// <summary>The check itself can fail: a key a page uses that no language defines is found, whichever way it is written.</summary>
    [Fact]
    public void Pages_KeyMissingFromALanguage_IsFound()
    {
        var defined = new HashSet<string>(StringComparer.Ordinal) { "app.name" };
        var page = """
            <h1 data-i18n="app.name"></h1><button data-i18n-attr="aria-label:app.gone">x</button>
            <script>t('app.missing'); t(n === 1 ? 'app.one' : 'app.name'); const table = [['x', 'app.tabled']];</script>
            """;

        var missing = Missing(defined, [("page.html", page)], []);

        Assert.Equal(["page.html: app.gone", "page.html: app.missing", "page.html: app.one", "page.html: app.tabled"], missing);
    }

    private static IReadOnlySet<string> Defined(string language) =>
        PageTextKeys.Defined(PageSources.Read($"js/i18n/{language}.js"));

    private static bool IsTranslationModule(string path) => path == "js/i18n.js" || path.StartsWith("js/i18n/", StringComparison.Ordinal);

    private static IEnumerable<string> ComputedKeys() => ComputedFamilies.SelectMany(f => f.Value.Select(v => f.Key + v));

    private static List<string> Missing(IReadOnlySet<string> defined, IEnumerable<(string Path, string Text)> sources, IEnumerable<string> computed)
    {
        var families = defined.Select(PageTextKeys.Family).ToHashSet(StringComparer.Ordinal);
        return sources
            .SelectMany(s => PageTextKeys.Used(s.Text, families).Select(key => (s.Path, Key: key)))
            .Concat(computed.Select(key => (Path: "computed", Key: key)))
            .Where(u => !defined.Contains(u.Key))
            .Select(u => $"{u.Path}: {u.Key}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
