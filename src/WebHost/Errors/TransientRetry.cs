using System.Diagnostics;

namespace Orchestrator.WebHost.Errors;

/// <summary>
/// Repeats an idempotent call that failed for a <see cref="TransientFailure"/> (a read during a
/// failover usually succeeds a moment later, on the silo the grain moved to), a few times and within
/// <see cref="Budget"/>; then the failure goes up and is answered 503.
/// </summary>
public static class TransientRetry
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    // 3.35 s of waits in all: a graceful silo stop on a loaded machine moved its activations in more than
    // the 1.5 s the earlier schedule (100 ms, 400 ms, 1 s) covered, and a lead was answered 503.
    private static readonly TimeSpan[] Delays =
        [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(1500)];

    public static async Task Run(Func<Task> call, CancellationToken cancellationToken) =>
        await Run(async ValueTask<bool> () =>
        {
            await call();
            return true;
        }, cancellationToken);

    /// <summary>The same for a grain call (a <see cref="Task{TResult}"/>).</summary>
    public static ValueTask<T> Run<T>(Func<Task<T>> call, CancellationToken cancellationToken) =>
        Run(() => new ValueTask<T>(call()), cancellationToken);

    public static async ValueTask<T> Run<T>(Func<ValueTask<T>> call, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception ex) when (attempt < Delays.Length
                && started.Elapsed + Delays[attempt] < Budget
                && !cancellationToken.IsCancellationRequested
                && TransientFailure.Is(ex))
            {
                await Task.Delay(Delays[attempt], cancellationToken);
            }
        }
    }
}
