namespace Orchestrator.WebHost.Hubs;

/// <summary>
/// The caller must be allowed to watch this scope, read from the method's <c>editionId</c> (and
/// <c>missionId</c>) arguments; <see cref="LiveHubInputFilter"/> checks it after the ids' shape.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class WatchesAttribute(LiveScope scope) : Attribute
{
    public LiveScope Scope { get; } = scope;
}
