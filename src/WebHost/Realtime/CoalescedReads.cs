namespace Orchestrator.WebHost.Realtime;

/// <summary>
/// Callers reading the same key at about the same time share one read, and never one that started
/// before they asked: a caller arriving while a read is under way waits for the next one, which starts
/// as soon as that read ends and serves everyone who arrived meanwhile. So at most two reads per key
/// are alive at once (one running, one waiting), whatever the number of callers, and each caller's
/// answer is as fresh as a read of its own would have been. A failed read fails only its own callers.
/// </summary>
internal sealed class CoalescedReads<TKey, TValue>(Func<TKey, Task<TValue>> read)
    where TKey : notnull
{
    /// <summary>A key is here while a read of it runs; its value is the callers waiting for the next read, if any.</summary>
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>?> _byKey = [];

    public Task<TValue> Read(TKey key)
    {
        lock (_byKey)
        {
            if (!_byKey.TryGetValue(key, out var waiting))
            {
                _byKey[key] = null;
                return Start(key);
            }

            if (waiting is null)
            {
                _byKey[key] = waiting = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            return waiting.Task;
        }
    }

    /// <summary>Called under the lock: the read runs outside it, and hands over to the waiting one when it ends.</summary>
    private Task<TValue> Start(TKey key)
    {
        var running = Run(key);
        _ = running.ContinueWith((_, state) => ((CoalescedReads<TKey, TValue>)state!).Ended(key), this,
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return running;
    }

    private async Task<TValue> Run(TKey key)
    {
        await Task.Yield();
        return await read(key);
    }

    private void Ended(TKey key)
    {
        lock (_byKey)
        {
            if (_byKey[key] is not { } waiting)
            {
                _byKey.Remove(key);
                return;
            }

            _byKey[key] = null;
            var next = Start(key);
            _ = next.ContinueWith(static (done, state) =>
            {
                var callers = (TaskCompletionSource<TValue>)state!;
                if (done.IsCompletedSuccessfully)
                {
                    callers.SetResult(done.Result);
                }
                else if (done.IsCanceled)
                {
                    callers.SetCanceled();
                }
                else
                {
                    callers.SetException(done.Exception!.InnerExceptions);
                }
            }, waiting, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }
}
