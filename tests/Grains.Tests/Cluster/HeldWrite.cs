namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>One write of a grain's state held at the test silos' store until the test lets it through or fails it.</summary>
public sealed class HeldWrite
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the write has reached the store and waits there (it is pending).</summary>
    public Task Reached => _reached.Task.WaitAsync(TimeSpan.FromSeconds(20));

    /// <summary>Lets the write through to the store.</summary>
    public void Release() => _released.TrySetResult();

    /// <summary>The store refuses the write with <paramref name="failure"/>, as a store that is down would.</summary>
    public void Fail(Exception failure) => _released.TrySetException(failure);

    internal async Task Pass()
    {
        _reached.TrySetResult();
        await _released.Task;
    }
}
