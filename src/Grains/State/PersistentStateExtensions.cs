using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Orchestrator.Grains.State;

internal static partial class PersistentStateExtensions
{
    /// <summary>
    /// Writes the state; if the write fails (a stale ETag, the store down), the activation, which now
    /// holds state that is not stored, is dropped once this call ends, so the next call reads the stored
    /// truth. The caller, told of the failure, can simply retry; the log says why the grain went away.
    /// </summary>
    public static Task WriteOrDeactivateAsync<T>(this Grain grain, IPersistentState<T> state, CancellationToken cancellationToken = default) =>
        grain.StoreOrDeactivateAsync(() => state.WriteStateAsync(cancellationToken), cancellationToken);

    /// <summary>
    /// Runs a step of storing the grain's state (a write, or storing what the state then points to) and,
    /// should it fail, drops the activation as <see cref="WriteOrDeactivateAsync"/> does.
    /// </summary>
    public static async Task StoreOrDeactivateAsync(this Grain grain, Func<Task> store, CancellationToken cancellationToken = default)
    {
        try
        {
            await store();
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            grain.DeactivateOnIdle();
            if (grain.GrainContext.ActivationServices.GetService<ILoggerFactory>() is { } loggers)
            {
                LogWriteFailed(loggers.CreateLogger(grain.GetType()), ex, grain.GrainContext.GrainId.ToString());
            }

            throw;
        }
    }

    [LoggerMessage(EventId = GrainEvents.StateWriteFailed, Level = LogLevel.Warning,
        Message = "Writing the state of grain {GrainId} failed: the activation is dropped and the next call reads the stored state")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string grainId);
}
