namespace Orchestrator.TestSupport.Internal;

/// <summary>
/// The non-root OS user that owns test clusters when tests run as root (initdb and postgres refuse root).
/// </summary>
internal static class ServiceAccount
{
    public const string Name = "orchestrator-pg";

    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(60);
    private static readonly SemaphoreSlim InProcessGate = new(1, 1);
    private static volatile bool known;

    public static async Task EnsureExistsAsync(CancellationToken cancellationToken)
    {
        if (known)
        {
            return;
        }

        await InProcessGate.WaitAsync(cancellationToken);
        try
        {
            if (known || await ExistsAsync(cancellationToken))
            {
                known = true;
                return;
            }

            // Several test processes may start at once; an advisory file lock makes one of them create the user.
            await using (await AcquireMachineLockAsync(cancellationToken))
            {
                if (!await ExistsAsync(cancellationToken))
                {
                    var result = await ProcessRunner.RunAsync(
                        UserAdd(),
                        ["--system", "--no-create-home", "--user-group", "--shell", "/usr/sbin/nologin", Name],
                        null,
                        null,
                        TimeSpan.FromSeconds(60),
                        cancellationToken);

                    // Exit code 9 means "already exists": someone outside our lock got there first.
                    if (result.ExitCode != 0 && !await ExistsAsync(cancellationToken))
                    {
                        throw new InvalidOperationException($"useradd {Name} exited with {result.ExitCode}: {result.Output}");
                    }
                }
            }

            known = true;
        }
        finally
        {
            InProcessGate.Release();
        }
    }

    private static async Task<bool> ExistsAsync(CancellationToken cancellationToken)
    {
        var result = await ProcessRunner.RunAsync("getent", ["passwd", Name], null, null, TimeSpan.FromSeconds(30), cancellationToken);
        return result.ExitCode == 0;
    }

    private static string UserAdd() => File.Exists("/usr/sbin/useradd") ? "/usr/sbin/useradd" : "useradd";

    private static async Task<FileStream> AcquireMachineLockAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine("/tmp", "orchestrator-pg-useradd.lock");
        var deadline = DateTime.UtcNow + LockWait;
        while (true)
        {
            try
            {
                // FileShare.None takes an flock on Unix, so it excludes other processes too.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            }
        }
    }
}
