using Orleans.Concurrency;

namespace Orchestrator.Grains.Interfaces.Associations;

/// <summary>An association, keyed by its slug; it keeps its missions across editions.</summary>
public interface IAssociationGrain : IGrainWithStringKey
{
    Task<AssociationProfile> AddMission(string name, string? cause, string missionKey);

    [ReadOnly]
    Task<AssociationProfile?> Get();
}
