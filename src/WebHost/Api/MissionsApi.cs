using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Api.Routes;
using Orchestrator.WebHost.Audit;
using Orchestrator.WebHost.Auth;
using Orchestrator.WebHost.Idempotency;

namespace Orchestrator.WebHost.Api;

public static class MissionsApi
{
    public static RouteGroupBuilder MapMissionsApi(this RouteGroupBuilder api)
    {
        var missions = api.MapGroup("/editions/{editionId}/missions");
        missions.MapPost("/", CreateMission).RequireRight(Right.Admin, "Only the admin creates missions.").WithSecretInAnswer();
        missions.MapGet("/{missionId}", GetMission).RequireRight(Right.ReadMission);
        missions.MapPost("/{missionId}/members", AddMember).RequireRight(Right.ChangeMission);
        missions.MapPut("/{missionId}/milestones/{milestoneId}", SetMilestone).RequireRight(Right.ChangeMission);
        missions.MapPost("/{missionId}/help-requests", RequestHelp).RequireRight(Right.ChangeMission);
        missions.MapPost("/{missionId}/team-tokens", IssueTeamToken)
            .RequireRight(Right.ChangeMission, "Only the admin or the mission's lead hands out team links.").WithSecretInAnswer();
        missions.MapDelete("/{missionId}/members/{memberId}", EraseMember).RequireRight(Right.Admin, "Only the admin erases a volunteer.");
        missions.MapDelete("/{missionId}/lead", EraseLead).RequireRight(Right.Admin, "Only the admin erases a volunteer.");
        missions.MapPut("/{missionId}/help-requests/{helpRequestId}", SetHelpRequestStatus)
            .RequireRight(Right.Admin, "Only the desk (admin) acknowledges and resolves help requests.");
        missions.MapPost("/{missionId}/deliverables", AddDeliverable).RequireRight(Right.ChangeMission);
        missions.MapPut("/{missionId}/members/{memberId}/check-in", CheckInMember).RequireRight(Right.ChangeMission);
        return api;
    }

    private static async Task<Results<Created<MissionResponse>, ValidationProblem, ProblemHttpResult>> CreateMission(
        [AsParameters] EditionRoute route, CreateMissionRequest request, IGrainFactory grains, TokenIssuer issuer)
    {
        var rules = new InputRules()
            .Slug("id", request.Id)
            .Label("title", request.Title)
            .Slug("association.id", request.Association?.Id)
            .Label("association.name", request.Association?.Name)
            .Label("association.cause", request.Association?.Cause, InputRules.TitleMax, required: false)
            .Label("lead.name", request.Lead?.Name, InputRules.NameMax)
            .Require(request.Milestones is null || request.Milestones.Count <= 20, "milestones", "A mission has at most 20 milestones.");
        foreach (var (milestone, i) in (request.Milestones ?? []).Select((m, i) => (m, i)))
        {
            rules.Slug($"milestones[{i}].id", milestone?.Id).Label($"milestones[{i}].label", milestone?.Label);
        }

        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var created = new MissionRoute(route.EditionId, request.Id!);
        var command = new CreateMission(
            request.Title!.Trim(),
            new AssociationRef(request.Association!.Id!, request.Association.Name!.Trim(), request.Association.Cause?.Trim()),
            request.Lead!.Name!.Trim(),
            request.Milestones?.Select(m => new MilestoneDefinition(m.Id!, m.Label!.Trim())).ToList());
        var mission = await created.Grain(grains).Create(command);
        var (leadToken, _) = await issuer.Issue(AccessRole.TeamLead, created.EditionId, created.MissionId);
        return TypedResults.Created(created.Location, mission.ToResponse(withNames: true, leadToken));
    }

    private static async Task<Results<Ok<MissionResponse>, ValidationProblem, ProblemHttpResult>> GetMission(
        [AsParameters] MissionRoute route, Caller caller, IGrainFactory grains)
    {
        var mission = await route.Grain(grains).Get();
        return mission is null
            ? ApiResults.MissionNotFound(route.EditionId, route.MissionId)
            : TypedResults.Ok(mission.ToResponse(caller.CanSeeNames(route.EditionId, route.MissionId)));
    }

    private static async Task<Results<Created<MissionResponse>, ValidationProblem, ProblemHttpResult>> AddMember(
        [AsParameters] MissionRoute route, AddMemberRequest request, IdempotencyKey key, IGrainFactory grains, HttpContext http)
    {
        var rules = new InputRules()
            .Label("name", request.Name, InputRules.NameMax)
            .Label("company", request.Company, InputRules.NameMax);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var mission = await route.Grain(grains)
            .AddMember(new NewVolunteer(request.Name!.Trim(), request.Company!.Trim(), request.Remote ?? false), key.Ledger);
        http.MarkUnchanged(mission.Unchanged);
        return TypedResults.Created(route.Location, mission.ToResponse(withNames: true));
    }

    private static async Task<Results<Ok<MissionResponse>, ValidationProblem, ProblemHttpResult>> SetMilestone(
        [AsParameters] MilestoneRoute route, SetMilestoneRequest request, IdempotencyKey key, IGrainFactory grains, HttpContext http)
    {
        var rules = new InputRules()
            .Require(WireNames.TryParse<MilestoneStatus>(request.Status, out var status), "status", $"'status' must be one of {WireNames.List<MilestoneStatus>()}.")
            .Text("note", request.Note, required: false);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        var mission = await route.Mission.Grain(grains).SetMilestone(route.MilestoneId, status, note, key.Ledger);
        http.MarkUnchanged(mission.Unchanged);
        return TypedResults.Ok(mission.ToResponse(withNames: true));
    }

    private static async Task<Results<Created<HelpRequestResponse>, ValidationProblem, ProblemHttpResult>> RequestHelp(
        [AsParameters] MissionRoute route, HelpRequestRequest request, IdempotencyKey key, IGrainFactory grains)
    {
        var rules = new InputRules().Label("skill", request.Skill, InputRules.NameMax).Text("message", request.Message);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var help = await route.Grain(grains).RequestHelp(request.Skill!.Trim(), request.Message!.Trim(), key.Ledger);
        return TypedResults.Created(route.Location, help.ToResponse());
    }

    private static async Task<Results<Ok<MissionResponse>, ValidationProblem, ProblemHttpResult>> SetHelpRequestStatus(
        [AsParameters] HelpRequestRoute route, HelpRequestStatusRequest request, IdempotencyKey key, IGrainFactory grains, HttpContext http)
    {
        var rules = new InputRules().Require(
            WireNames.TryParse<HelpRequestStatus>(request.Status, out var status) && status != HelpRequestStatus.Open,
            "status",
            "'status' must be one of acknowledged | resolved.");
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var mission = await route.Mission.Grain(grains).SetHelpRequestStatus(route.HelpRequestId, status, key.Ledger);
        http.MarkUnchanged(mission.Unchanged);
        return TypedResults.Ok(mission.ToResponse(withNames: true));
    }

    private static async Task<Results<Created<MissionResponse>, ValidationProblem, ProblemHttpResult>> AddDeliverable(
        [AsParameters] MissionRoute route, AddDeliverableRequest request, IdempotencyKey key, IGrainFactory grains, HttpContext http)
    {
        var rules = new InputRules().Label("title", request.Title).Link("link", request.Link);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var link = string.IsNullOrWhiteSpace(request.Link) ? null : request.Link.Trim();
        var mission = await route.Grain(grains).AddDeliverable(request.Title!.Trim(), link, key.Ledger);
        http.MarkUnchanged(mission.Unchanged);
        return TypedResults.Created(route.Location, mission.ToResponse(withNames: true));
    }

    private static async Task<Results<Ok<MissionResponse>, ValidationProblem, ProblemHttpResult>> CheckInMember(
        [AsParameters] MemberRoute route, CheckInRequest request, IdempotencyKey key, IGrainFactory grains, HttpContext http)
    {
        var rules = new InputRules().Require(request.CheckedIn is not null, "checkedIn", "'checkedIn' is required: true or false.");
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var mission = await route.Mission.Grain(grains).CheckInMember(route.MemberId, request.CheckedIn!.Value, key.Ledger);
        http.MarkUnchanged(mission.Unchanged);
        return TypedResults.Ok(mission.ToResponse(withNames: true));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> EraseMember(
        [AsParameters] MemberRoute route, IGrainFactory grains)
    {
        await Erasure.Member(route, grains);
        return TypedResults.NoContent();
    }

    /// <summary>The lead's name only: the mission and its lead link stay. Erasing it again is a no-op (204, not audited).</summary>
    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> EraseLead(
        [AsParameters] MissionRoute route, IGrainFactory grains, HttpContext http)
    {
        http.MarkUnchanged(!await Erasure.Lead(route, grains));
        return TypedResults.NoContent();
    }

    private static Task<Results<Created<TokenResponse>, ValidationProblem, ProblemHttpResult>> IssueTeamToken(
        [AsParameters] MissionRoute route, Caller caller, IGrainFactory grains, TokenIssuer issuer) =>
        MissionLinks.Issue(AccessRole.Team, route, caller, grains, issuer);
}
