using Orchestrator.TestSupport.Internal;

namespace Orchestrator.TestSupport;

/// <summary>Stopping the server and starting it again on the same port and data, for outage tests.</summary>
public sealed partial class PostgresServer
{
    /// <summary>Stops the postmaster at once (like a crash); connections fail until <see cref="RestartAsync"/>.</summary>
    public async Task StopAsync()
    {
        await StopAsync(binaries, directory, postmaster);
    }

    /// <summary>
    /// Stops the server for a while (<c>pg_ctl stop -m fast</c>: open connections are cut, and new ones
    /// refused until <see cref="RestartAsync"/>). Unlike <see cref="StopAsync()"/> it keeps every
    /// acknowledged commit: with <c>synchronous_commit=off</c> an immediate stop loses the last ones,
    /// which a real store does not.
    /// </summary>
    public Task ShutDownAsync() => StopAsync(binaries, directory, postmaster, "fast");

    /// <summary>Starts the postmaster again on the same port and data directory, returning once it accepts connections.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        if (!postmaster.HasExited)
        {
            throw new InvalidOperationException("PostgreSQL is still running: call StopAsync first.");
        }

        postmaster.Dispose();
        postmaster = StartPostmaster(binaries, directory, Port, log);
        var outcome = await WaitUntilReadyAsync(postmaster, Port, cancellationToken);
        if (outcome != Readiness.Ready)
        {
            throw new InvalidOperationException($"PostgreSQL did not come back on port {Port} ({outcome}):{Environment.NewLine}{RecentLog}");
        }
    }
}
