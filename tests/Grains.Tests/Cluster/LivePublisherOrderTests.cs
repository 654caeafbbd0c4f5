using Orchestrator.Grains.Interfaces.Live;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>
/// A host hears an edition's versions in order, whatever its speed: the publisher sends it one push at a
/// time, and what was published meanwhile leaves together in the next. A cluster of one silo of its own:
/// a publisher is a stateless worker, one per silo, and this test speaks to it directly.
/// </summary>
public sealed class LivePublisherOrderTests
{
    [Fact]
    public async Task HostHoldingAPush_GetsNoOtherUntilItAnswers_ThenTheRestInVersionOrder()
    {
        await using var own = await OwnClockCluster.StartAsync(silos: 1);
        var held = await HeldProbe.Register(own.Cluster);
        var free = await LiveProbe.Register(own.Cluster);
        var editionId = Ids.New("order");
        var publisher = own.Grains.GetGrain<ILivePublisherGrain>(editionId);

        await publisher.Publish([Event(editionId, 1)]);
        await held.FirstHeld;

        // The free host hearing each version proves each was flushed while the held host had not answered.
        for (var version = 2; version <= 6; version++)
        {
            await publisher.Publish([Event(editionId, version)]);
            await free.WaitFor(e => e.EditionId == editionId && e.Version == version);
        }

        held.Release();

        Assert.Equal([1L, 2, 3, 4, 5, 6], await held.NextVersions(6));
        Assert.Equal(1, held.MostAtOnce);

        // The five versions published while the first push was unanswered left together, in one push.
        Assert.Equal(2, held.Pushes);
    }

    private static EditionEvent Event(string editionId, long version) =>
        new(editionId, version, EditionEventKind.EditionChanged);
}
