namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>A count that tests can wait on reaching a number (see <see cref="CallArrivals"/>).</summary>
internal sealed class Arrivals
{
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiting = [];
    private int _count;

    public void Add()
    {
        lock (_waiting)
        {
            _count++;
            foreach (var waiter in _waiting.Where(w => w.Count <= _count).ToList())
            {
                _waiting.Remove(waiter);
                waiter.Reached.TrySetResult();
            }
        }
    }

    public Task WaitFor(int count)
    {
        lock (_waiting)
        {
            if (_count >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((count, reached));
            return reached.Task;
        }
    }
}
