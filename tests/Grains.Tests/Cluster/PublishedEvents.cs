using System.Collections.Concurrent;
using Orchestrator.Grains.Interfaces.Live;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>
/// An outgoing call filter on the test silos that keeps, per edition, the events it handed its publisher,
/// in the order it made the calls: what the edition published, before any hop on the way to the hosts.
/// </summary>
public sealed class PublishedEvents : IOutgoingGrainCallFilter
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<EditionEvent>> Published = new();

    /// <summary>The events edition <paramref name="editionId"/> published so far, in the order it published them.</summary>
    public static IReadOnlyList<EditionEvent> Of(string editionId) =>
        Published.TryGetValue(editionId, out var events) ? [.. events] : [];

    public Task Invoke(IOutgoingGrainCallContext context)
    {
        if (context.InterfaceMethod.Name == nameof(ILivePublisherGrain.Publish)
            && context.Request.GetArgument(0) is IReadOnlyList<EditionEvent> events)
        {
            var published = Published.GetOrAdd(context.TargetId.Key.ToString()!, _ => new());
            foreach (var e in events)
            {
                published.Enqueue(e);
            }
        }

        return context.Invoke();
    }
}
