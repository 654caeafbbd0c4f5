namespace Orchestrator.Grains.State;

[GenerateSerializer]
public sealed class MissionAnswersState
{
    /// <summary>Request grain key → when its answer was recorded.</summary>
    [Id(0)] public Dictionary<string, DateTimeOffset> Answers { get; set; } = new(StringComparer.Ordinal);
}
