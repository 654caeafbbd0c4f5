using System.Diagnostics;
using System.Globalization;

namespace Orchestrator.TestSupport.Internal;

/// <summary>
/// The private temp directory of one test cluster: owner.pid (the test process), data/ (PGDATA) and sock/
/// (the unix socket directory). Owned by the service account when tests run as root.
/// </summary>
internal sealed class ClusterDirectory
{
    public const string Prefix = "orchestrator-pg-";

    private const string OwnerFileName = "owner.pid";

    private ClusterDirectory(string root, string? runAsUser)
    {
        Root = root;
        RunAsUser = runAsUser;
    }

    public string Root { get; }

    public string DataDirectory => Path.Combine(Root, "data");

    public string SocketDirectory => Path.Combine(Root, "sock");

    /// <summary>Null when the binaries run as the current user.</summary>
    public string? RunAsUser { get; }

    public static async Task<ClusterDirectory> CreateAsync(string? runAsUser, CancellationToken cancellationToken)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("Test clusters need a Unix-like OS (file modes, service account).");
        }

        var root = Path.Combine(BaseDirectory(runAsUser is not null), Prefix + Guid.NewGuid().ToString("N"));
        const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        Directory.CreateDirectory(root, OwnerOnly);
        Directory.CreateDirectory(Path.Combine(root, "sock"), OwnerOnly);
        await File.WriteAllTextAsync(
            Path.Combine(root, OwnerFileName),
            Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
            cancellationToken);

        if (runAsUser is not null)
        {
            await ProcessRunner.RunCheckedAsync(
                "chown", ["-R", runAsUser + ":", root], null, null, TimeSpan.FromSeconds(30), cancellationToken);
        }

        return new ClusterDirectory(root, runAsUser);
    }

    public async Task DeleteAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(Root))
                {
                    Directory.Delete(Root, recursive: true);
                }

                return;
            }
            catch (IOException) when (attempt < 5)
            {
                // A postmaster in its last milliseconds can still be removing its own files.
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            }
        }
    }

    /// <summary>
    /// Stops and deletes clusters left behind by test processes that died without disposing them
    /// (a killed test host would otherwise leak a running postgres per run).
    /// </summary>
    public static async Task SweepAbandonedAsync(PostgresBinaries binaries, string? runAsUser, CancellationToken cancellationToken)
    {
        var baseDirectory = BaseDirectory(runAsUser is not null);
        foreach (var root in Directory.EnumerateDirectories(baseDirectory, Prefix + "*"))
        {
            if (!TryReadOwner(root, out var ownerPid) || IsAlive(ownerPid))
            {
                continue;
            }

            try
            {
                var abandoned = new ClusterDirectory(root, runAsUser);
                if (File.Exists(Path.Combine(abandoned.DataDirectory, "postmaster.pid")))
                {
                    await ProcessRunner.RunAsync(
                        binaries.PgCtl,
                        ["stop", "-D", abandoned.DataDirectory, "-m", "immediate", "-w", "-t", "10"],
                        runAsUser,
                        root,
                        TimeSpan.FromSeconds(20),
                        cancellationToken);
                }

                await abandoned.DeleteAsync();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or TimeoutException)
            {
                // Another process is sweeping it, or it belongs to another user: not ours to insist on.
            }
        }
    }

    private static bool TryReadOwner(string root, out int pid)
    {
        pid = 0;
        try
        {
            return int.TryParse(File.ReadAllText(Path.Combine(root, OwnerFileName)).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out pid);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The temp directory, unless the service account could not reach into it (e.g. TMPDIR under /root).</summary>
    private static string BaseDirectory(bool forServiceAccount)
    {
        var temp = Path.GetTempPath();
        return !forServiceAccount || IsTraversableByOthers(temp) ? temp : "/tmp";
    }

    private static bool IsTraversableByOthers(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        for (var directory = new DirectoryInfo(path); directory is not null; directory = directory.Parent)
        {
            if (!directory.Exists || (directory.UnixFileMode & UnixFileMode.OtherExecute) == 0)
            {
                return false;
            }
        }

        return true;
    }
}
