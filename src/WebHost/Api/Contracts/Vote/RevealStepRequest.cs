namespace Orchestrator.WebHost.Api.Contracts.Vote;

/// <summary>
/// The body of <c>…/vote/reveal/next</c> and <c>…/reveal/undo</c>, optional: how many proposals the desk
/// saw revealed when it asked, so a double click or a retry moves the ceremony once.
/// </summary>
public sealed record RevealStepRequest(int? Revealed);
