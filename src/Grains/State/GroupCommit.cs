namespace Orchestrator.Grains.State;

/// <summary>
/// Group commit for one grain's state: the changes applied while a write is in flight share the next
/// write instead of queueing one write each, and none is acknowledged before a write covering it succeeded.
/// <para>
/// A change is applied to the in-memory state in the caller's turn (so versions are given in order),
/// then <see cref="Commit"/> is called in that same turn and awaited. With no write in flight the write
/// starts at once (a lone change never waits for company); otherwise the change joins the next write,
/// which starts as soon as the current one ends and covers every change applied meanwhile. After each
/// write the events of the changes it covered are published here, in the order the changes were applied,
/// then their callers resume.
/// </para>
/// <para>
/// A failed write fails every caller it covered and every caller already waiting for the next one: the
/// memory is now ahead of the store, so nothing more is written or acknowledged; every later call fails
/// too, until the grain (which <paramref name="write"/> told to deactivate) is gone.
/// </para>
/// Not thread-safe: meant for a grain's single-threaded turns, like the state it writes.
/// </summary>
/// <param name="write">Writes the whole state as it is when called (it must capture it before its first await).</param>
/// <param name="publish">Hands on the events of the changes a write covered, in order; never empty.</param>
internal sealed class GroupCommit<TEvent>(Func<Task> write, Action<IReadOnlyList<TEvent>> publish)
{
    private List<TEvent>? _nextEvents;
    private TaskCompletionSource? _next;
    private TaskCompletionSource? _writing;
    private Exception? _failure;

    /// <summary>Stores the change just applied (its <paramref name="events"/> published after): completes once it is durable.</summary>
    public Task Commit(IReadOnlyList<TEvent> events)
    {
        if (_failure is not null)
        {
            return Task.FromException(_failure);
        }

        (_nextEvents ??= []).AddRange(events);
        var next = _next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (_writing is null)
        {
            _ = WriteWhileChanged();
        }

        return next.Task;
    }

    /// <summary>
    /// Completes once every change applied so far is durable: what a call that changed nothing (a retried
    /// report, a second unpin) awaits before it answers from the in-memory state.
    /// </summary>
    public Task WhenDurable() =>
        _failure is not null ? Task.FromException(_failure) : (_next ?? _writing)?.Task ?? Task.CompletedTask;

    private async Task WriteWhileChanged()
    {
        while (_next is { } batch)
        {
            var events = _nextEvents!;
            (_writing, _next, _nextEvents) = (batch, null, null);
            try
            {
                await write();
            }
            catch (Exception ex)
            {
                _failure = ex;
                batch.SetException(ex);
                _next?.SetException(ex);
                (_writing, _next, _nextEvents) = (null, null, null);
                return;
            }

            if (Publish(events) is { } notPublished)
            {
                // Stored, not published: these callers hear of it (as they did before group commit), the
                // screens catch up at the next heartbeat, and the writes go on.
                batch.SetException(notPublished);
            }
            else
            {
                batch.SetResult();
            }
        }

        _writing = null;
    }

    private Exception? Publish(List<TEvent> events)
    {
        try
        {
            if (events.Count > 0)
            {
                publish(events);
            }

            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}
