namespace Orchestrator.WebHost.Realtime;

/// <summary>When this host last registered its observer successfully (read by the readiness check).</summary>
public sealed class LiveRegistrationStatus
{
    private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastTicks;

    public DateTimeOffset? LastRegistered => Interlocked.Read(ref _lastTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>Completes on the first successful registration: until then grains cannot reach this host's screens.</summary>
    public Task FirstRegistered => _first.Task;

    public void Registered(DateTimeOffset at)
    {
        Interlocked.Exchange(ref _lastTicks, at.UtcTicks);
        _first.TrySetResult();
    }
}
