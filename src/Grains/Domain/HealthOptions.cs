namespace Orchestrator.Grains.Domain;

/// <summary>Bound from <c>Orchestrator:Health</c>.</summary>
public sealed class HealthOptions
{
    public const string Section = "Orchestrator:Health";

    /// <summary>A mission with no update for this long, and not finished, is stale.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(45);

    /// <summary>How often an edition re-evaluates the time-driven health of its missions.</summary>
    public TimeSpan ReviewEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Both periods positive: a zero review period would spin the edition's timer.</summary>
    public bool IsValid => StaleAfter > TimeSpan.Zero && ReviewEvery > TimeSpan.Zero;
}
