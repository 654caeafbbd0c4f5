namespace Orchestrator.WebHost.Tests.Access;

/// <summary>One REST route: how to build a valid request to it (given a fresh id), and who may use it.</summary>
public sealed record RouteCase(string Name, Func<string, HttpRequestMessage> Request, IReadOnlySet<AccessRoleKind> Allowed);
