using Orchestrator.Grains.Interfaces.Editions;

namespace Orchestrator.WebHost.Realtime;

/// <summary>
/// The editions' snapshots as screens joining the edition read them. After a web host restart thousands
/// of screens come back within seconds: they share a handful of reads of the edition grain instead of
/// one each, so the grain keeps serving the team leads' updates. Each screen still gets a snapshot read
/// after it joined the edition's group (<see cref="CoalescedReads{TKey, TValue}"/>), so no event falls
/// between the snapshot and the group.
/// </summary>
public sealed class EditionSnapshots(IGrainFactory grains)
{
    private readonly CoalescedReads<string, EditionSnapshot?> _reads = new(editionId => grains.GetGrain<IEditionGrain>(editionId).GetSnapshot());

    public Task<EditionSnapshot?> Read(string editionId) => _reads.Read(editionId);
}
