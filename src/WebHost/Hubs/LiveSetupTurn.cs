namespace Orchestrator.WebHost.Hubs;

/// <summary>One connection's turn at being set up (<see cref="LiveSetupGate"/>); ended once, by whichever comes first.</summary>
internal sealed class LiveSetupTurn : IDisposable
{
    private readonly SemaphoreSlim _turns;
    private readonly ITimer _limit;
    private int _ended;

    public LiveSetupTurn(SemaphoreSlim turns, TimeSpan holdAtMost, TimeProvider time)
    {
        _turns = turns;
        _limit = time.CreateTimer(static turn => ((LiveSetupTurn)turn!).Dispose(), this, holdAtMost, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _ended, 1) == 0)
        {
            _limit.Dispose();
            _turns.Release();
        }
    }
}
