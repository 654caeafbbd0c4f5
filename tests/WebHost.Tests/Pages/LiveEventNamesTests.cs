using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Hubs;

namespace Orchestrator.WebHost.Tests.Pages;

/// <summary>
/// The live events have one name list for .NET (<see cref="LiveEvents"/>: the hub methods of
/// <see cref="ILiveClient"/> and the edition events of <see cref="LiveEditionEvents"/> that its batches
/// carry) and one for the pages (js/live-events.js).
/// </summary>
public sealed partial class LiveEventNamesTests
{
    private const string PagesList = "js/live-events.js";

    [Fact]
    public void LiveEvents_ServerAndPages_NameTheSameEvents()
    {
        var hubMethods = typeof(ILiveClient).GetMethods().Select(m => m.Name).ToList();
        var editionEvents = typeof(LiveEditionEvents).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(LiveEnvelope))
            .Select(m => m.Name)
            .Distinct(StringComparer.Ordinal) // one event may have a payload per audience (SurveyChanged)
            .ToList();
        var pages = PageEvents().ToList();

        Assert.Equal(hubMethods, LiveEvents.HubMethods);
        Assert.Equal(editionEvents, LiveEvents.Edition);
        Assert.Equal(LiveEvents.All.Order(StringComparer.Ordinal), LiveEvents.Edition.Concat(LiveEvents.HubMethods).Order(StringComparer.Ordinal));
        Assert.Equal(LiveEvents.All, pages);
    }

    [Fact]
    public void LiveEditionEvents_EachNamesItsEnvelopeAfterItself()
    {
        foreach (var method in typeof(LiveEditionEvents).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(LiveEnvelope)))
        {
            var payload = RuntimeHelpers.GetUninitializedObject(method.GetParameters().Single().ParameterType);
            var envelope = (LiveEnvelope)method.Invoke(null, [payload])!;

            Assert.Equal(method.Name, envelope.Name);
            Assert.Same(payload, envelope.Payload);
        }
    }

    [Fact]
    public void LiveEvents_EditionScreens_HearTheSameEventsOnBothSides()
    {
        var source = PageSources.Read(PagesList);
        var list = source[source.IndexOf("EDITION_EVENTS", StringComparison.Ordinal)..];
        var pages = EditionEntry().Matches(list).Select(m => m.Groups[1].Value);

        Assert.Equal(LiveEvents.Edition, pages);
    }

    /// <summary>Names in one place: no other page script spells an event name as a string.</summary>
    [Fact]
    public void LiveEvents_OtherPageScripts_NeverSpellAnEventName()
    {
        var spelled = PageSources.All(path => path == PagesList)
            .SelectMany(file => LiveEvents.All
                .Where(name => file.Text.Contains($"'{name}'", StringComparison.Ordinal) || file.Text.Contains($"\"{name}\"", StringComparison.Ordinal))
                .Select(name => $"{file.Path}: '{name}'"))
            .ToList();

        Assert.True(spelled.Count == 0, string.Join("\n", spelled));
    }

    private static IEnumerable<string> PageEvents()
    {
        var source = PageSources.Read(PagesList);
        var names = source[..source.IndexOf("EDITION_EVENTS", StringComparison.Ordinal)];
        foreach (Match entry in ObjectEntry().Matches(names))
        {
            Assert.Equal(entry.Groups[1].Value, entry.Groups[2].Value);
            yield return entry.Groups[2].Value;
        }
    }

    [GeneratedRegex(@"^\s*(\w+): '(\w+)',", RegexOptions.Multiline)]
    private static partial Regex ObjectEntry();

    [GeneratedRegex(@"LiveEvents\.(\w+)")]
    private static partial Regex EditionEntry();
}
