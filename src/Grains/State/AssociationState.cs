namespace Orchestrator.Grains.State;

[GenerateSerializer]
public sealed class AssociationState
{
    [Id(0)] public string Name { get; set; } = "";

    [Id(1)] public string? Cause { get; set; }

    [Id(2)] public List<string> MissionKeys { get; set; } = [];
}
