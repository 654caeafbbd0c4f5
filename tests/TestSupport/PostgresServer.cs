using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;
using Orchestrator.TestSupport.Internal;

namespace Orchestrator.TestSupport;

/// <summary>
/// A private, throwaway PostgreSQL cluster for one test run: its own temp directory, its own loopback
/// port, fsync off. Several test processes can each start one in parallel.
/// </summary>
/// <remarks>
/// initdb and postgres refuse to run as root, so under root the binaries run as the system user
/// <c>orchestrator-pg</c> (created on first use). Binaries are found through <c>ORCHESTRATOR_PG_BIN</c>,
/// else the highest <c>/usr/lib/postgresql/*/bin</c>, else <c>pg_config --bindir</c>.
/// </remarks>
public sealed partial class PostgresServer : IAsyncDisposable
{
    private const string SuperUser = "postgres";
    private const int MaxStartAttempts = 3;
    private const int LogLinesKept = 200;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan InitDbTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private static readonly SemaphoreSlim SweepGate = new(1, 1);
    private static bool swept;

    private readonly PostgresBinaries binaries;
    private readonly ClusterDirectory directory;
    private Process postmaster;
    private readonly ConcurrentQueue<string> log;
    private readonly ConcurrentBag<string> handedOut = [];
    private int disposed;

    private PostgresServer(PostgresBinaries binaries, ClusterDirectory directory, Process postmaster, ConcurrentQueue<string> log, int port)
    {
        this.binaries = binaries;
        this.directory = directory;
        this.postmaster = postmaster;
        this.log = log;
        Port = port;
        ConnectionString = BuildConnectionString(port, "postgres", pooling: true);
    }

    /// <summary>The loopback port the cluster listens on.</summary>
    public int Port { get; }

    /// <summary>Superuser connection to the <c>postgres</c> maintenance database.</summary>
    public string ConnectionString { get; }

    /// <summary>Initialises and starts a new cluster, returning once it accepts connections.</summary>
    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var binaries = await PostgresBinaries.LocateAsync(cancellationToken);
        string? runAsUser = null;
        if (Environment.IsPrivilegedProcess)
        {
            await ServiceAccount.EnsureExistsAsync(cancellationToken);
            runAsUser = ServiceAccount.Name;
        }

        await SweepAbandonedOnceAsync(binaries, runAsUser, cancellationToken);

        var directory = await ClusterDirectory.CreateAsync(runAsUser, cancellationToken);
        try
        {
            await ProcessRunner.RunCheckedAsync(
                binaries.InitDb,
                ["-D", directory.DataDirectory, "-U", SuperUser, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync", "--no-instructions"],
                runAsUser,
                directory.Root,
                InitDbTimeout,
                cancellationToken);

            for (var attempt = 1; ; attempt++)
            {
                var port = FreePort.Next();
                var log = new ConcurrentQueue<string>();
                var postmaster = StartPostmaster(binaries, directory, port, log);
                var outcome = await WaitUntilReadyAsync(postmaster, port, cancellationToken);
                if (outcome == Readiness.Ready)
                {
                    return new PostgresServer(binaries, directory, postmaster, log, port);
                }

                await StopAsync(binaries, directory, postmaster);
                var output = string.Join(Environment.NewLine, log);
                if (outcome == Readiness.Exited && attempt < MaxStartAttempts && output.Contains("already in use", StringComparison.OrdinalIgnoreCase))
                {
                    // Another process took the port between FreePort and the bind: try another one.
                    continue;
                }

                throw new InvalidOperationException(
                    $"PostgreSQL in {directory.Root} did not accept connections on port {port} ({outcome}):{Environment.NewLine}{output}");
            }
        }
        catch
        {
            await directory.DeleteAsync();
            throw;
        }
    }

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!DatabaseName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a plain database name (lower-case letters, digits, '_', at most 63).", nameof(name));
        }

        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var connectionString = BuildConnectionString(Port, name, pooling: true);
        handedOut.Add(connectionString);
        return connectionString;
    }

    /// <summary>The postmaster's recent log lines, for assertion messages.</summary>
    public string RecentLog => string.Join(Environment.NewLine, log);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        foreach (var connectionString in handedOut.Append(ConnectionString))
        {
            await using var connection = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(connection);
        }

        await StopAsync(binaries, directory, postmaster);
        postmaster.Dispose();
        await directory.DeleteAsync();
    }

    private static Process StartPostmaster(PostgresBinaries binaries, ClusterDirectory directory, int port, ConcurrentQueue<string> log)
    {
        string[] arguments =
        [
            "-D", directory.DataDirectory,
            "-c", "listen_addresses=127.0.0.1",
            "-c", $"port={port}",
            "-c", $"unix_socket_directories={directory.SocketDirectory}",
            "-c", "fsync=off",
            "-c", "synchronous_commit=off",
            "-c", "full_page_writes=off",
            "-c", "shared_buffers=32MB",
            "-c", "max_connections=200",
            "-c", "logging_collector=off",
            "-c", "log_min_messages=warning",
        ];

        var postmaster = new Process
        {
            StartInfo = ProcessRunner.CreateStartInfo(binaries.Postgres, arguments, directory.RunAsUser, directory.Root),
            EnableRaisingEvents = true,
        };

        void Keep(object sender, DataReceivedEventArgs line)
        {
            if (line.Data is null)
            {
                return;
            }

            log.Enqueue(line.Data);
            while (log.Count > LogLinesKept && log.TryDequeue(out _))
            {
            }
        }

        postmaster.OutputDataReceived += Keep;
        postmaster.ErrorDataReceived += Keep;
        postmaster.Start();
        postmaster.BeginOutputReadLine();
        postmaster.BeginErrorReadLine();
        return postmaster;
    }

    private static async Task<Readiness> WaitUntilReadyAsync(Process postmaster, int port, CancellationToken cancellationToken)
    {
        var probe = BuildConnectionString(port, "postgres", pooling: false);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (postmaster.HasExited)
            {
                return Readiness.Exited;
            }

            try
            {
                await using var connection = new NpgsqlConnection(probe);
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync(cancellationToken);
                return Readiness.Ready;
            }
            catch (NpgsqlException) when (!cancellationToken.IsCancellationRequested)
            {
                // Refused while the postmaster binds, or 57P03 "the database system is starting up".
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        return Readiness.TimedOut;
    }

    private static async Task StopAsync(PostgresBinaries binaries, ClusterDirectory directory, Process postmaster, string mode = "immediate")
    {
        if (!postmaster.HasExited)
        {
            try
            {
                await ProcessRunner.RunAsync(
                    binaries.PgCtl,
                    ["stop", "-D", directory.DataDirectory, "-m", mode, "-w", "-t", "20"],
                    directory.RunAsUser,
                    directory.Root,
                    TimeSpan.FromSeconds(30),
                    CancellationToken.None);
            }
            catch (TimeoutException)
            {
                // Fall through to the kill below.
            }
        }

        using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await postmaster.WaitForExitAsync(exit.Token);
        }
        catch (OperationCanceledException)
        {
            postmaster.Kill(entireProcessTree: true);
            await postmaster.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static async Task SweepAbandonedOnceAsync(PostgresBinaries binaries, string? runAsUser, CancellationToken cancellationToken)
    {
        await SweepGate.WaitAsync(cancellationToken);
        try
        {
            if (!swept)
            {
                await ClusterDirectory.SweepAbandonedAsync(binaries, runAsUser, cancellationToken);
                swept = true;
            }
        }
        finally
        {
            SweepGate.Release();
        }
    }

    private static string BuildConnectionString(int port, string database, bool pooling) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = SuperUser,
            Database = database,
            Pooling = pooling,
            Timeout = 5,
        }.ConnectionString;

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();
}
