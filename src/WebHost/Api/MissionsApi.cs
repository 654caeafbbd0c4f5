using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Auth;
using Orchestrator.WebHost.Idempotency;

namespace Orchestrator.WebHost.Api;

public static class MissionsApi
{
    public static RouteGroupBuilder MapMissionsApi(this RouteGroupBuilder api)
    {
        var missions = api.MapGroup("/editions/{editionId}/missions");
        missions.MapPost("/", CreateMission).WithSecretInAnswer();
        missions.MapGet("/{missionId}", GetMission);
        missions.MapPost("/{missionId}/members", AddMember);
        missions.MapPut("/{missionId}/milestones/{milestoneId}", SetMilestone);
        missions.MapPost("/{missionId}/help-requests", RequestHelp);
        missions.MapPost("/{missionId}/team-tokens", IssueTeamToken).WithSecretInAnswer();
        missions.MapDelete("/{missionId}/members/{memberId}", EraseMember);
        missions.MapPut("/{missionId}/help-requests/{helpRequestId}", SetHelpRequestStatus);
        missions.MapPost("/{missionId}/deliverables", AddDeliverable);
        missions.MapPut("/{missionId}/members/{memberId}/check-in", CheckInMember);
        return api;
    }

    private static async Task<Results<Created<MissionResponse>, ValidationProblem, ProblemHttpResult>> CreateMission(
        string editionId, CreateMissionRequest request, HttpContext http, IGrainFactory grains, TokenIssuer issuer)
    {
        if (!Caller.From(http.User).IsAdmin)
        {
            return ApiResults.Forbidden("Only the admin creates missions.");
        }

        var rules = new InputRules()
            .Slug("editionId", editionId)
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

        var command = new CreateMission(
            request.Title!.Trim(),
            new AssociationRef(request.Association!.Id!, request.Association.Name!.Trim(), request.Association.Cause?.Trim()),
            request.Lead!.Name!.Trim(),
            request.Milestones?.Select(m => new MilestoneDefinition(m.Id!, m.Label!.Trim())).ToList());
        var mission = await grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, request.Id!)).Create(command);
        var (leadToken, _) = await issuer.Issue(AccessRole.TeamLead, editionId, request.Id);
        return TypedResults.Created($"/api/editions/{editionId}/missions/{mission.Id}", mission.ToResponse(withNames: true, leadToken));
    }

    private static async Task<Results<Ok<MissionResponse>, ValidationProblem, ProblemHttpResult>> GetMission(
        string editionId, string missionId, HttpContext http, IGrainFactory grains)
    {
        var rules = new InputRules().Slug("editionId", editionId).Slug("missionId", missionId);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var caller = Caller.From(http.User);
        if (!caller.CanReadMission(editionId, missionId))
        {
            return ApiResults.Forbidden();
        }

        var mission = await grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, missionId)).Get();
        return mission is null
            ? ApiResults.NotFound($"Mission '{missionId}' does not exist in edition '{editionId}'.")
            : TypedResults.Ok(mission.ToResponse(caller.CanSeeNames(editionId, missionId)));
    }

    private static async Task<Results<Created<MissionResponse>, ValidationProblem, ProblemHttpResult>> AddMember(
        string editionId, string missionId, AddMemberRequest request, HttpContext http, IGrainFactory grains)
    {
        if (!Caller.From(http.User).CanChangeMission(editionId, missionId))
        {
            return ApiResults.Forbidden();
        }

        var rules = new InputRules()
            .Slug("editionId", editionId)
            .Slug("missionId", missionId)
            .Label("name", request.Name, InputRules.NameMax)
            .Label("company", request.Company, InputRules.NameMax);
        var key = IdempotencyKey.Read(http, rules);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var mission = await grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, missionId))
            .AddMember(new NewVolunteer(request.Name!.Trim(), request.Company!.Trim(), request.Remote ?? false), key);
        return TypedResults.Created($"/api/editions/{editionId}/missions/{missionId}", mission.ToResponse(withNames: true));
    }

    private static async Task<Results<Ok<MissionResponse>, ValidationProblem, ProblemHttpResult>> SetMilestone(
        string editionId, string missionId, string milestoneId, SetMilestoneRequest request, HttpContext http, IGrainFactory grains)
    {
        if (!Caller.From(http.User).CanChangeMission(editionId, missionId))
        {
            return ApiResults.Forbidden();
        }

        var rules = new InputRules()
            .Slug("editionId", editionId)
            .Slug("missionId", missionId)
            .Slug("milestoneId", milestoneId)
            .Require(WireNames.TryParse<MilestoneStatus>(request.Status, out var status), "status", $"'status' must be one of {WireNames.List<MilestoneStatus>()}.")
            .Text("note", request.Note, required: false);
        var key = IdempotencyKey.Read(http, rules);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var mission = await grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, missionId))
            .SetMilestone(milestoneId, status, string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), key);
        return TypedResults.Ok(mission.ToResponse(withNames: true));
    }

    private static async Task<Results<Created<HelpRequestResponse>, ValidationProblem, ProblemHttpResult>> RequestHelp(
        string editionId, string missionId, HelpRequestRequest request, HttpContext http, IGrainFactory grains)
    {
        if (!Caller.From(http.User).CanChangeMission(editionId, missionId))
        {
            return ApiResults.Forbidden();
        }

        var rules = new InputRules()
            .Slug("editionId", editionId)
            .Slug("missionId", missionId)
            .Label("skill", request.Skill, InputRules.NameMax)
            .Text("message", request.Message);
        var key = IdempotencyKey.Read(http, rules);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var help = await grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, missionId))
            .RequestHelp(request.Skill!.Trim(), request.Message!.Trim(), key);
        return TypedResults.Created($"/api/editions/{editionId}/missions/{missionId}", help.ToResponse());
    }

    private static async Task<Results<Ok<MissionResponse>, ValidationProblem, ProblemHttpResult>> SetHelpRequestStatus(
        string editionId, string missionId, string helpRequestId, HelpRequestStatusRequest request, HttpContext http, IGrainFactory grains)
    {
        if (!Caller.From(http.User).IsAdmin)
        {
            return ApiResults.Forbidden("Only the desk (admin) acknowledges and resolves help requests.");
        }

        var rules = new InputRules()
            .Slug("editionId", editionId)
            .Slug("missionId", missionId)
            .Slug("helpRequestId", helpRequestId)
            .Require(
                WireNames.TryParse<HelpRequestStatus>(request.Status, out var status) && status != HelpRequestStatus.Open,
                "status",
                "'status' must be one of acknowledged | resolved.");
        var key = IdempotencyKey.Read(http, rules);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var mission = await grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, missionId))
            .SetHelpRequestStatus(helpRequestId, status, key);
        return TypedResults.Ok(mission.ToResponse(withNames: true));
    }

    private static async Task<Results<Created<MissionResponse>, ValidationProblem, ProblemHttpResult>> AddDeliverable(
        string editionId, string missionId, AddDeliverableRequest request, HttpContext http, IGrainFactory grains)
    {
        if (!Caller.From(http.User).CanChangeMission(editionId, missionId))
        {
            return ApiResults.Forbidden();
        }

        var rules = new InputRules()
            .Slug("editionId", editionId)
            .Slug("missionId", missionId)
            .Label("title", request.Title)
            .Link("link", request.Link);
        var key = IdempotencyKey.Read(http, rules);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var link = string.IsNullOrWhiteSpace(request.Link) ? null : request.Link.Trim();
        var mission = await grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, missionId))
            .AddDeliverable(request.Title!.Trim(), link, key);
        return TypedResults.Created($"/api/editions/{editionId}/missions/{missionId}", mission.ToResponse(withNames: true));
    }

    private static async Task<Results<Ok<MissionResponse>, ValidationProblem, ProblemHttpResult>> CheckInMember(
        string editionId, string missionId, string memberId, CheckInRequest request, HttpContext http, IGrainFactory grains)
    {
        if (!Caller.From(http.User).CanChangeMission(editionId, missionId))
        {
            return ApiResults.Forbidden();
        }

        var rules = new InputRules()
            .Slug("editionId", editionId)
            .Slug("missionId", missionId)
            .Slug("memberId", memberId)
            .Require(request.CheckedIn is not null, "checkedIn", "'checkedIn' is required: true or false.");
        var key = IdempotencyKey.Read(http, rules);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        var mission = await grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, missionId))
            .CheckInMember(memberId, request.CheckedIn!.Value, key);
        return TypedResults.Ok(mission.ToResponse(withNames: true));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> EraseMember(
        string editionId, string missionId, string memberId, HttpContext http, IGrainFactory grains)
    {
        if (!Caller.From(http.User).IsAdmin)
        {
            return ApiResults.Forbidden("Only the admin erases a volunteer.");
        }

        var rules = new InputRules().Slug("editionId", editionId).Slug("missionId", missionId).Slug("memberId", memberId);
        if (!rules.IsValid)
        {
            return ApiResults.Invalid(rules);
        }

        await grains.GetGrain<IMissionGrain>(MissionKey.For(editionId, missionId)).EraseMember(memberId);
        await RespondentErasure.EraseMember(editionId, missionId, memberId, grains);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Created<TokenResponse>, ValidationProblem, ProblemHttpResult>> IssueTeamToken(
        string editionId, string missionId, HttpContext http, IGrainFactory grains, TokenIssuer issuer)
    {
        if (!Caller.From(http.User).CanChangeMission(editionId, missionId))
        {
            return ApiResults.Forbidden("Only the admin or the mission's lead hands out team links.");
        }

        return await MissionLinks.Issue(AccessRole.Team, editionId, missionId, grains, issuer);
    }
}
