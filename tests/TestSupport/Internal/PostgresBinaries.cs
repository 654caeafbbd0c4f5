using System.ComponentModel;

namespace Orchestrator.TestSupport.Internal;

/// <summary>Where initdb, postgres and pg_ctl live.</summary>
internal sealed record PostgresBinaries(string Directory)
{
    public const string OverrideVariable = "ORCHESTRATOR_PG_BIN";

    private const string DebianRoot = "/usr/lib/postgresql";

    public string InitDb => Path.Combine(Directory, "initdb");

    public string Postgres => Path.Combine(Directory, "postgres");

    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    /// <summary>$ORCHESTRATOR_PG_BIN, else the highest /usr/lib/postgresql/*/bin, else `pg_config --bindir`.</summary>
    public static async Task<PostgresBinaries> LocateAsync(CancellationToken cancellationToken)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(OverrideVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            var configured = new PostgresBinaries(fromEnvironment);
            return configured.IsComplete()
                ? configured
                : throw new InvalidOperationException($"{OverrideVariable}={fromEnvironment} has no initdb, postgres and pg_ctl.");
        }

        var debian = FindDebianCluster();
        if (debian is not null)
        {
            return debian;
        }

        var fromPgConfig = await FromPgConfigAsync(cancellationToken);
        if (fromPgConfig is not null)
        {
            return fromPgConfig;
        }

        throw new InvalidOperationException(
            "PostgreSQL server binaries not found: install the 'postgresql' package (build/test.sh does), "
            + $"or set {OverrideVariable} to the directory holding initdb, postgres and pg_ctl.");
    }

    private bool IsComplete() => File.Exists(InitDb) && File.Exists(Postgres) && File.Exists(PgCtl);

    private static PostgresBinaries? FindDebianCluster()
    {
        if (!System.IO.Directory.Exists(DebianRoot))
        {
            return null;
        }

        return System.IO.Directory.EnumerateDirectories(DebianRoot)
            .Select(path => (Path: path, Version: Version.TryParse(NormalizeVersion(Path.GetFileName(path)), out var version) ? version : null))
            .Where(candidate => candidate.Version is not null)
            .OrderByDescending(candidate => candidate.Version)
            .Select(candidate => new PostgresBinaries(Path.Combine(candidate.Path, "bin")))
            .FirstOrDefault(binaries => binaries.IsComplete());
    }

    // "15" is not a System.Version; "15.0" is.
    private static string NormalizeVersion(string name) => name.Contains('.', StringComparison.Ordinal) ? name : name + ".0";

    private static async Task<PostgresBinaries?> FromPgConfigAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await ProcessRunner.RunAsync("pg_config", ["--bindir"], null, null, TimeSpan.FromSeconds(30), cancellationToken);
            if (result.ExitCode != 0)
            {
                return null;
            }

            var candidate = new PostgresBinaries(result.StandardOutput.Trim());
            return candidate.IsComplete() ? candidate : null;
        }
        catch (Win32Exception)
        {
            // pg_config is not on PATH.
            return null;
        }
    }
}
