namespace Orchestrator.WebHost.Api.Contracts;

public sealed record InviteRespondentsRequest(IReadOnlyList<RespondentRequest?>? Respondents);
