using System.Diagnostics;

namespace Orchestrator.LoadGenerator;

/// <summary>Watches a process (Linux <c>/proc</c>) until it is gone or a zombie: the moment a SIGKILL took it.</summary>
internal static class KillWatch
{
    /// <returns>The <see cref="Stopwatch"/> timestamp at which the process was first seen dead, or null after <paramref name="within"/>.</returns>
    public static async Task<long?> UntilDead(int pid, TimeSpan within)
    {
        var waiting = Stopwatch.StartNew();
        while (waiting.Elapsed < within)
        {
            if (IsDead(pid))
            {
                return Stopwatch.GetTimestamp();
            }

            await Task.Delay(1);
        }

        return null;
    }

    private static bool IsDead(int pid)
    {
        try
        {
            // "pid (name) S …": the state follows the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or IOException)
        {
            return true;
        }
    }
}
