namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>
/// Polls a read until it meets a condition: for effects driven by a silo's own timer, where there is
/// no event to await. Bounded, and fails with the last value seen.
/// </summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> condition, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(20));
        T value;
        do
        {
            value = await read();
            if (condition(value))
            {
                return value;
            }

            await Task.Yield();
            await Task.Delay(25);
        }
        while (DateTime.UtcNow < deadline);

        throw new Xunit.Sdk.XunitException($"Condition not met within the time allowed; last value: {value}");
    }
}
