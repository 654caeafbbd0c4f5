using System.Globalization;

namespace Orchestrator.LoadGenerator;

/// <summary>A process's processor time so far (user + system), from <c>/proc/&lt;pid&gt;/stat</c> (Linux; clock ticks of 10 ms).</summary>
internal static class ProcessCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static TimeSpan? Read(int? pid)
    {
        var path = $"/proc/{pid}/stat";
        if (pid is null || !File.Exists(path))
        {
            return null;
        }

        // Fields after "pid (comm) ": the 12th and 13th are utime and stime (fields 14 and 15 of stat(5)).
        var text = File.ReadAllText(path);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
