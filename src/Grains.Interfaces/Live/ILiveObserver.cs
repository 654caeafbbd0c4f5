using Orleans.Concurrency;

namespace Orchestrator.Grains.Interfaces.Live;

/// <summary>Implemented once per web host: receives the live events it forwards to its SignalR clients.</summary>
public interface ILiveObserver : IGrainObserver
{
    [OneWay]
    Task OnEvents(IReadOnlyList<EditionEvent> events);
}
