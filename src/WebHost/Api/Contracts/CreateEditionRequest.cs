namespace Orchestrator.WebHost.Api.Contracts;

public sealed record CreateEditionRequest(
    string? Id, string? Title, string? Territory, string? Format, string? Timezone, IReadOnlyList<EventDayRequest>? Days);
