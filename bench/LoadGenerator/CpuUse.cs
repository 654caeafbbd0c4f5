namespace Orchestrator.LoadGenerator;

/// <summary>
/// Processor time the server and the load generator used during a measured run: what separates the server's
/// own cost per delivered message from the screens' (all on one machine's cores).
/// </summary>
internal sealed record CpuUse(TimeSpan? Server, TimeSpan Generator, double Seconds, bool ServerIsGenerator)
{
    public static Measure Start(int? serverPid) => new(serverPid, ProcessCpu.Read(serverPid), ProcessCpu.Read(Environment.ProcessId) ?? TimeSpan.Zero);

    public string Describe(long deliveries)
    {
        var generator = $"load generator {Generator.TotalSeconds:F1} s ({Generator.TotalSeconds / Seconds:F2} cores)";
        if (ServerIsGenerator)
        {
            return $"processor time: server and screens in one process, {generator}";
        }

        return Server is { } server
            ? $"processor time: server {server.TotalSeconds:F1} s ({server.TotalSeconds / Seconds:F2} cores, {server.TotalMicroseconds / Math.Max(1, deliveries):F1} µs a delivery), {generator}"
            : $"processor time: server n/a (no pid), {generator}";
    }

    internal sealed record Measure(int? ServerPid, TimeSpan? Server, TimeSpan Generator)
    {
        public CpuUse Stop(double seconds) => new(
            ProcessCpu.Read(ServerPid) - Server,
            (ProcessCpu.Read(Environment.ProcessId) ?? TimeSpan.Zero) - Generator,
            seconds,
            ServerPid == Environment.ProcessId);
    }
}
