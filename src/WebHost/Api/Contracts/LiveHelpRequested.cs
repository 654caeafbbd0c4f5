namespace Orchestrator.WebHost.Api.Contracts;

/// <summary>Hub event <c>HelpRequested</c>.</summary>
public sealed record LiveHelpRequested(string EditionId, long Version, HelpRequestResponse HelpRequest);
