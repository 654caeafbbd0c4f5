using System.Reflection;
using Orchestrator.Grains.Live;
using Orleans.Concurrency;
using Orleans.Runtime;

namespace Orchestrator.Grains.Tests.Contract;

/// <summary>
/// Pins the idle-worker bug: the publisher, a stateless worker holding a batch until its flush, was removed
/// by the runtime as an idle worker in between under load (500 missions at 1,000 updates/s: ~500
/// consecutive versions of 7,000 never reached the screen, nothing logged). It must not be removable so.
/// </summary>
public sealed class LivePublisherPlacementTests
{
    [Fact]
    public void Publisher_IsNeverRemovedAsAnIdleWorker_BatchLostBetweenPublishAndFlushBug()
    {
        // What the runtime reads back (the placement type itself is internal to Orleans).
        var properties = new Dictionary<string, string>();
        typeof(LivePublisherGrain).GetCustomAttribute<StatelessWorkerAttribute>()!.PlacementStrategy
            .PopulateGrainProperties(null!, typeof(LivePublisherGrain), GrainType.Create("livepublisher"), properties);

        Assert.Equal("False", properties["remove-idle-workers"]);
        Assert.Equal("1", properties["max-local-instances"]);
    }
}
