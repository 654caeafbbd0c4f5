using Microsoft.Extensions.Configuration;

namespace Orchestrator.Silo.Hosting;

/// <summary>Bound from <c>Orchestrator:Storage</c>.</summary>
public sealed class StorageSettings
{
    public const string Section = "Orchestrator:Storage";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary><c>sqlite</c> (default: one file, nothing to install) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>For SQLite the default is <c>data/orchestrator.db</c> under the working directory.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Create or upgrade the tables on start (safe when several hosts start at once).</summary>
    public bool CreateSchema { get; set; } = true;

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);

    public string EffectiveConnectionString => ConnectionString is { Length: > 0 } given
        ? given
        : IsPostgres
            ? throw new InvalidOperationException("Orchestrator:Storage:ConnectionString is required when the provider is postgres.")
            : $"Data Source={Path.Combine("data", "orchestrator.db")}";

    /// <summary>Binds the section and checks it: a wrong value stops the host at start with a clear message.</summary>
    public static StorageSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<StorageSettings>() ?? new StorageSettings();
        settings.Validate();
        return settings;
    }

    public void Validate()
    {
        if (!IsPostgres && !string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Orchestrator:Storage:Provider must be '{Sqlite}' or '{Postgres}', not '{Provider}'.");
        }
    }
}
