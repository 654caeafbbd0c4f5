using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>The arrangements cluster tests share: an edition, with missions, created through the grains.</summary>
public static class GrainArrangements
{
    /// <summary>Creates edition <paramref name="editionId"/>, shaped like the Factory 2018.</summary>
    public static async Task<IEditionGrain> CreateEdition(this IGrainFactory grains, string editionId, EditionFormat format = EditionFormat.Factory)
    {
        var edition = grains.GetGrain<IEditionGrain>(editionId);
        await edition.Create(Sample.Factory(format));
        return edition;
    }

    /// <summary>Creates mission <paramref name="missionId"/> in an existing edition.</summary>
    public static async Task<IMissionGrain> CreateMission(this IGrainFactory grains, string editionId, string missionId = "drenche", CreateMission? command = null)
    {
        var mission = grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, missionId));
        await mission.Create(command ?? Sample.Mission());
        return mission;
    }

    /// <summary>A fresh edition with one mission, <c>drenche</c>.</summary>
    public static async Task<(string EditionId, IMissionGrain Mission)> CreateEditionWithMission(this IGrainFactory grains, EditionFormat format = EditionFormat.Factory, CreateMission? command = null)
    {
        var editionId = Ids.New("factory");
        await grains.CreateEdition(editionId, format);
        return (editionId, await grains.CreateMission(editionId, command: command));
    }

    public static async Task<EditionSnapshot> Snapshot(this IGrainFactory grains, string editionId) =>
        await grains.GetGrain<IEditionGrain>(editionId).GetSnapshot() ?? throw new InvalidOperationException($"Edition {editionId} does not exist.");
}
