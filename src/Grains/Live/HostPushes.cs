using Orchestrator.Grains.Interfaces.Live;

namespace Orchestrator.Grains.Live;

/// <summary>
/// What a publisher owes one web host: at most one push is on its way to it at a time, and the events
/// published meanwhile wait here to leave together, in version order, when that push has answered. Orleans
/// does not keep two calls to an observer in order; a screen must never see version n+1 before n.
/// </summary>
internal sealed class HostPushes
{
    private List<EditionEvent> _waiting = [];

    /// <summary>Whether a push to this host has not answered yet.</summary>
    public bool InFlight { get; set; }

    /// <summary>Pushes that failed in a row: reset by one that succeeds.</summary>
    public int Failures { get; set; }

    public bool HasWaiting => _waiting.Count > 0;

    public void Wait(IReadOnlyList<EditionEvent> batch) => _waiting.AddRange(batch);

    /// <summary>The events that waited, in the order they were published; none wait afterwards.</summary>
    public List<EditionEvent> TakeWaiting()
    {
        var waiting = _waiting;
        _waiting = [];
        return waiting;
    }
}
