namespace Orchestrator.WebHost.Auth;

/// <summary>
/// Endpoint metadata: the <see cref="Right"/> a route requires, and the <c>detail</c> of the 403 a caller
/// without it gets. The most specific declaration wins (a route's own over its group's).
/// </summary>
public sealed record RequiredRight(Right Right, string Refusal);
