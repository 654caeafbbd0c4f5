using System.Text.RegularExpressions;

namespace Orchestrator.WebHost.Tests.Pages;

/// <summary>
/// Reads the translation keys out of the pages' sources: a language file's keys, and the keys a page
/// or script uses — <c>data-i18n="key"</c>, <c>data-i18n-attr="attribute:key;…"</c>, <c>t('key')</c>
/// (also either side of a <c>?:</c>), any quoted string of a known key family (<c>'counters.missions'</c>
/// in a table), and the family of a computed key (<c>t(`health.${…}`)</c> gives <c>health.</c>).
/// </summary>
internal static partial class PageTextKeys
{
    public static IReadOnlySet<string> Defined(string languageFile) =>
        DictionaryEntry().Matches(languageFile).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> Used(string source, IReadOnlySet<string> families)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        keys.UnionWith(TextAttribute().Matches(source).Select(m => m.Groups[1].Value));
        keys.UnionWith(AttributeList().Matches(source)
            .SelectMany(m => m.Groups[1].Value.Split(';'))
            .Select(pair => pair[(pair.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()));
        keys.UnionWith(LiteralCall().Matches(source).Select(m => m.Groups[1].Value));
        keys.UnionWith(ChoiceCall().Matches(source).SelectMany(m => new[] { m.Groups[1].Value, m.Groups[2].Value }));
        keys.UnionWith(QuotedKey().Matches(source).Select(m => m.Groups[1].Value).Where(k => families.Contains(Family(k))));
        return keys;
    }

    /// <summary>The families of keys computed at run time: <c>t(`status.${s}`)</c> gives <c>status.</c>.</summary>
    public static IReadOnlySet<string> Computed(string source) =>
        ComputedCall().Matches(source).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    public static string Family(string key) => key.Split('.')[0];

    [GeneratedRegex(@"^\s*'([^']+)':", RegexOptions.Multiline)]
    private static partial Regex DictionaryEntry();

    [GeneratedRegex("data-i18n=\"([^\"]+)\"")]
    private static partial Regex TextAttribute();

    [GeneratedRegex("data-i18n-attr=\"([^\"]+)\"")]
    private static partial Regex AttributeList();

    [GeneratedRegex(@"\bt\(\s*'([^']+)'")]
    private static partial Regex LiteralCall();

    [GeneratedRegex(@"\bt\(\s*[^'`()]*\?\s*'([^']+)'\s*:\s*'([^']+)'")]
    private static partial Regex ChoiceCall();

    [GeneratedRegex(@"'([a-z][\w-]*(?:\.[\w-]+)+)'")]
    private static partial Regex QuotedKey();

    [GeneratedRegex(@"\bt\(\s*`([^`$]*)\$\{")]
    private static partial Regex ComputedCall();
}
