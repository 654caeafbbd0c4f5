namespace Orchestrator.Grains.State;

internal static class PersistentStateExtensions
{
    /// <summary>
    /// Writes the state; if the write fails (a stale ETag, the store down), the activation, which now
    /// holds state that is not stored, is dropped once this call ends, so the next call reads the stored
    /// truth. The caller, told of the failure, can simply retry.
    /// </summary>
    public static async Task WriteOrDeactivateAsync<T>(this Grain grain, IPersistentState<T> state, CancellationToken cancellationToken = default)
    {
        try
        {
            await state.WriteStateAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
