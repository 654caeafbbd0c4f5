using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Associations;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Impact;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Api.Routes;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// Across editions (admin): an association's missions in every edition with their outcomes (the association
/// keeps its mission keys across editions), and the editions of one territory side by side. Read-only fan-outs
/// over grains that already hold the facts; nothing is copied.
/// </summary>
public static class HistoryApi
{
    private const string AdminOnly = "Only the admin reads across editions.";

    public static RouteGroupBuilder MapHistoryApi(this RouteGroupBuilder api)
    {
        api.MapGet("/associations/{associationId}/history", AssociationHistory).RequireRight(Right.Admin, AdminOnly);
        api.MapGet("/editions/{editionId}/impact/territory", Territory).RequireRight(Right.Admin, AdminOnly);
        return api;
    }

    private static async Task<Results<Ok<AssociationHistoryResponse>, ProblemHttpResult>> AssociationHistory(string associationId, IGrainFactory grains)
    {
        var profile = await grains.GetGrain<IAssociationGrain>(associationId).Get();
        if (profile is null)
        {
            return ApiResults.NotFound($"Association '{associationId}' has no mission in any edition.");
        }

        var missions = await Task.WhenAll(profile.MissionKeys.Select(async key =>
        {
            var (editionId, _) = MissionKey.Parse(key);
            var detail = grains.GetGrain<IMissionGrain>(key).Get();
            var info = grains.GetGrain<IEditionGrain>(editionId).GetInfo();
            return (Detail: await detail, Info: await info);
        }));
        return TypedResults.Ok(new AssociationHistoryResponse(
            profile.Id,
            profile.Name,
            profile.Cause,
            missions
                .Where(m => m.Detail is not null && m.Info is not null)
                .Select(m => ToResponse(m.Detail!, m.Info!))
                .OrderBy(m => m.FirstDay, StringComparer.Ordinal)
                .ThenBy(m => m.EditionId, StringComparer.Ordinal)
                .ToList()));
    }

    private static async Task<Ok<TerritoryResponse>> Territory([AsParameters] EditionRoute route, IGrainFactory grains)
    {
        var territory = (await route.Grain(grains).GetInfo())?.Territory
            ?? throw Grains.Interfaces.DomainRuleException.EditionNotFound(route.EditionId);
        var ids = await grains.GetGrain<IEditionDirectoryGrain>(0).List();
        var infos = await Task.WhenAll(ids.Select(id => grains.GetGrain<IEditionGrain>(id).GetInfo()));
        var same = infos.OfType<EditionInfo>().Where(i => string.Equals(i.Territory.Trim(), territory.Trim(), StringComparison.OrdinalIgnoreCase));
        var reports = await Task.WhenAll(same.Select(i => grains.GetGrain<IImpactGrain>(i.Id).GetReport()));
        return TypedResults.Ok(new TerritoryResponse(
            territory,
            reports.Select(ToResponse).OrderBy(e => e.FirstDay, StringComparer.Ordinal).ThenBy(e => e.EditionId, StringComparer.Ordinal).ToList()));
    }

    private static AssociationMissionResponse ToResponse(MissionDetail m, EditionInfo edition)
    {
        var done = m.Milestones.Count(s => s.Status == MilestoneStatus.Done);
        return new AssociationMissionResponse(
            edition.Id, edition.Title, edition.Territory, FirstDay(edition), m.Id, m.Title, m.Members.Count, m.Progress,
            MissionSummary.IsComplete(done, m.Milestones.Count), m.Deliverables.Count, m.Deliverables.Select(d => d.Title).ToList());
    }

    private static TerritoryEditionResponse ToResponse(ImpactReport r) => new(
        r.Edition.Id, r.Edition.Title, WireNames.Of(r.Edition.Format), FirstDay(r.Edition), Day(r.Edition.Days.MaxBy(d => d.Date)),
        r.Volunteers, r.Companies, r.Associations, r.Missions, r.MissionsCompleted, r.Deliverables,
        r.HoursGiven, r.ValueGiven, r.Settings.Currency, r.Nps, r.ResponseRate);

    private static string? FirstDay(EditionInfo edition) => Day(edition.Days.MinBy(d => d.Date));

    private static string? Day(EventDayInfo? day) => day?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
