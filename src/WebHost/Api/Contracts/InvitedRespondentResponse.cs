namespace Orchestrator.WebHost.Api.Contracts;

/// <param name="Link">The respondent's personal page, token in the fragment (shown once: the token is not kept).</param>
public sealed record InvitedRespondentResponse(string RespondentId, string Role, string? Name, string? MissionId, string Token, string TokenId, string Link);
