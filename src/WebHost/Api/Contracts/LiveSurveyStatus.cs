namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>
/// The survey moved, as a team lead's page hears it: the edition's version (so the page sees no gap) and the
/// survey's status, without the counts its token may not read.
/// </summary>
public sealed record LiveSurveyStatus(string EditionId, long Version, string Status);
