using Orleans.Concurrency;

namespace Orchestrator.Grains.Interfaces.Impact;

/// <summary>An edition's impact report (keyed by edition id): it keeps the organiser's settings and computes the rest on demand.</summary>
public interface IImpactGrain : IGrainWithStringKey
{
    Task<ImpactSettings> SetSettings(ImpactSettings settings);

    /// <summary>The report as the edition stands now; unknown edition: not found.</summary>
    [ReadOnly]
    Task<ImpactReport> GetReport();
}
