namespace Orchestrator.WebHost.Tests.Access;

/// <summary>
/// One REST route, named as the app registers it (<see cref="Method"/> and <see cref="Pattern"/>, e.g.
/// <c>PUT /api/editions/{editionId}/missions/{missionId}/milestones/{milestoneId}</c>): how to build a valid
/// request to it (given a fresh id), and who may use it. <see cref="Variant"/> tells apart two cases of one route.
/// </summary>
public sealed record RouteCase(string Method, string Pattern, string? Variant, Func<string, HttpRequestMessage> Request, IReadOnlySet<AccessRoleKind> Allowed)
{
    public string Route => $"{Method} {Pattern}";

    public string Name => Variant is null ? Route : $"{Route} ({Variant})";
}
