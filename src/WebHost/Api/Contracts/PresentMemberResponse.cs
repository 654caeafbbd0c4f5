namespace Orchestrator.WebHost.Api.Contracts;

/// <param name="MemberId">Null until the person on that page said which member they are.</param>
public sealed record PresentMemberResponse(string? MemberId, string? Name);
