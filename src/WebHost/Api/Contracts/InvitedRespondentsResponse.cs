namespace Orchestrator.WebHost.Api.Contracts;

public sealed record InvitedRespondentsResponse(IReadOnlyList<InvitedRespondentResponse> Respondents);
