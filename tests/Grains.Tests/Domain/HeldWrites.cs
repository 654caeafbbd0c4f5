namespace Orchestrator.Grains.Tests.Domain;

/// <summary>
/// A store whose writes the test ends by hand, one by one. Their continuations run inline when the test
/// ends one, as a grain's would run in its next turn: nothing else runs meanwhile.
/// </summary>
public sealed class HeldWrites
{
    private readonly List<TaskCompletionSource> _writes = [];

    /// <summary>How many writes were started so far.</summary>
    public int Started => _writes.Count;

    public Task Write()
    {
        var write = new TaskCompletionSource();
        _writes.Add(write);
        return write.Task;
    }

    public void Succeed(int write) => _writes[write].SetResult();

    public void Fail(int write, Exception failure) => _writes[write].SetException(failure);
}
