namespace Orchestrator.Grains.State;

[GenerateSerializer]
public sealed class EditionDirectoryState
{
    [Id(0)] public List<string> EditionIds { get; set; } = [];
}
