namespace Orchestrator.Grains.Interfaces.Editions;

[GenerateSerializer, Immutable]
public sealed record Announcement(
    [property: Id(0)] string Id,
    [property: Id(1)] string Message,
    [property: Id(2)] DateTimeOffset SentAt);
