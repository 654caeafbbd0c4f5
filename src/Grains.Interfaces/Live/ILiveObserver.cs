using Orchestrator.Grains.Interfaces.Presence;
using Orleans.Concurrency;

namespace Orchestrator.Grains.Interfaces.Live;

/// <summary>Implemented once per web host: receives the live events it forwards to its SignalR clients.</summary>
public interface ILiveObserver : IGrainObserver
{
    /// <summary>
    /// Not one-way: the host answers as soon as it has started the sends, so a publisher learns of a
    /// push that did not arrive (a host gone, its gateway changing) and logs it; the short timeout
    /// keeps a vanished host from holding the answer for the cluster's default 30 s.
    /// </summary>
    [ResponseTimeout("00:00:05")]
    Task OnEvents(IReadOnlyList<EditionEvent> events);

    /// <summary>A mission's team presence changed: for that mission's team pages only (it names volunteers).</summary>
    [OneWay]
    Task OnPresence(MissionPresence presence);

    /// <summary>These tokens (public ids) were revoked or replaced: the host closes every connection opened with one.</summary>
    [OneWay]
    Task OnTokensRevoked(IReadOnlyList<string> tokenIds);

    /// <summary>A volunteer was erased: the host forgets them in its team presence, so no renewal brings the name back.</summary>
    [OneWay]
    Task OnMemberErased(string editionId, string missionId, string memberId);
}
