using Orchestrator.Grains.Interfaces.Live;
using Orchestrator.Grains.Interfaces.Presence;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>
/// Test-only, in front of a host's observer: drops the next batch of an edition it is armed for, as
/// a push lost in transit would be, and passes everything else on.
/// </summary>
public sealed class DroppingLiveObserver(ILiveObserver inner) : ILiveObserver
{
    private string? _armedFor;

    public TaskCompletionSource<IReadOnlyList<EditionEvent>> Dropped { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The next batch of <paramref name="editionId"/> is lost; <see cref="Dropped"/> tells which.</summary>
    public void DropNext(string editionId)
    {
        Dropped = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _armedFor, editionId);
    }

    public Task OnEvents(IReadOnlyList<EditionEvent> events)
    {
        var armed = Volatile.Read(ref _armedFor);
        if (armed is not null && events.Any(e => e.EditionId == armed) && Interlocked.CompareExchange(ref _armedFor, null, armed) == armed)
        {
            Dropped.TrySetResult(events.Where(e => e.EditionId == armed).ToList());
            return inner.OnEvents(events.Where(e => e.EditionId != armed).ToList());
        }

        return inner.OnEvents(events);
    }

    public Task OnPresence(MissionPresence presence) => inner.OnPresence(presence);

    public Task OnTokensRevoked(IReadOnlyList<string> tokenIds) => inner.OnTokensRevoked(tokenIds);

    public Task OnMemberErased(string editionId, string missionId, string memberId) => inner.OnMemberErased(editionId, missionId, memberId);
}
