using Microsoft.AspNetCore.SignalR.Client;

namespace Orchestrator.WebHost.Tests.Infrastructure;

public static class HubClosed
{
    /// <summary>Completes when the server closes the connection (its <c>Closed</c> event); watch before the cause.</summary>
    public static Task WatchClosed(this HubConnection connection)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task;
    }
}
