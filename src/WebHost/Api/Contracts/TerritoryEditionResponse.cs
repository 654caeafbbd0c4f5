namespace Orchestrator.WebHost.Api.Contracts;

public sealed record TerritoryEditionResponse(
    string EditionId, string Title, string Format, string? FirstDay, string? LastDay,
    int Volunteers, int Companies, int Associations, int Missions, int MissionsCompleted, int Deliverables,
    decimal HoursGiven, decimal? ValueGiven, string? Currency, decimal? Nps, decimal? ResponseRate);
