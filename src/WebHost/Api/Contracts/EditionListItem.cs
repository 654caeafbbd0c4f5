namespace Orchestrator.WebHost.Api.Contracts;

public sealed record EditionListItem(string Id, string Title, string Territory, string Format, long Version, CountersResponse Counters);
