namespace Orchestrator.WebHost.Operations;

/// <summary>The answer to <c>POST /api/dashboard-session</c>: where to go, and until when the cookie lets the browser in.</summary>
public sealed record DashboardSessionResponse(string Dashboard, DateTimeOffset ExpiresAt);
