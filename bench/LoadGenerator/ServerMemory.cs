namespace Orchestrator.LoadGenerator;

/// <summary>The server's resident memory, from <c>/proc/&lt;pid&gt;/status</c> (Linux).</summary>
internal static class ServerMemory
{
    public static string Read(int? pid)
    {
        if (pid is null)
        {
            return "n/a (no --server-pid)";
        }

        var path = $"/proc/{pid}/status";
        if (!File.Exists(path))
        {
            return $"n/a (no {path})";
        }

        var lines = File.ReadAllLines(path);
        string Field(string name) => lines.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))?[name.Length..].Trim() ?? "?";
        return $"VmRSS {Field("VmRSS:")}, peak VmHWM {Field("VmHWM:")}";
    }
}
