using Microsoft.AspNetCore.SignalR.Client;

namespace Orchestrator.LoadGenerator;

/// <summary>
/// The pages' reconnect policy (wwwroot/js/connection.js): the n-th retry waits between half and all of
/// min(10 s, 0.5 s × 2^n), and never gives up.
/// </summary>
internal sealed class JitteredRetry : IRetryPolicy
{
    private static readonly TimeSpan First = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(10);

    public TimeSpan? NextRetryDelay(RetryContext retryContext)
    {
        var ceiling = TimeSpan.FromMilliseconds(Math.Min(Longest.TotalMilliseconds, First.TotalMilliseconds * Math.Pow(2, Math.Min(retryContext.PreviousRetryCount, 16))));
        return ceiling / 2 + ceiling / 2 * Random.Shared.NextDouble();
    }
}
