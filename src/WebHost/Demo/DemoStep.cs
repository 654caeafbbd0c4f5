namespace Orchestrator.WebHost.Demo;

/// <param name="Text">The blocking note, or the help request's message.</param>
/// <param name="Skill">The skill a help request asks for.</param>
public sealed record DemoStep(string MissionId, DemoAction Action, string? Text = null, string? Skill = null);
