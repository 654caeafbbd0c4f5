namespace Orchestrator.WebHost.Api.Contracts;

public sealed record CheckInRequest(bool? CheckedIn);
