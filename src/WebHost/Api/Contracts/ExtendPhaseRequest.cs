namespace Orchestrator.WebHost.Api.Contracts;

public sealed record ExtendPhaseRequest(int? Minutes);
