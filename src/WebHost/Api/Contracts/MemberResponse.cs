namespace Orchestrator.WebHost.Api.Contracts;

/// <param name="Name">Null when the caller may not see volunteers' names.</param>
public sealed record MemberResponse(string Id, string? Name, string Company, bool Remote, bool CheckedIn);
