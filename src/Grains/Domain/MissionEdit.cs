namespace Orchestrator.Grains.Domain;

/// <summary>What a rule of <see cref="Mission"/> did: nothing (a no-op), or a change, with the id it created if any.</summary>
public readonly record struct MissionEdit(bool Changed, string? ResultId)
{
    public static MissionEdit None { get; } = new(false, null);

    public static MissionEdit Made(string? resultId = null) => new(true, resultId);
}
