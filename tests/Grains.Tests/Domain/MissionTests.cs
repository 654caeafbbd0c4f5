using Microsoft.Extensions.Time.Testing;
using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Editions;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Requests;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Tests.Domain;

/// <summary>The mission's rules without a cluster; event time is this test's own fake clock.</summary>
public sealed class MissionTests
{
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(45);
    private static readonly HealthReview NoSchedule = new(null, StaleAfter);

    // 09:00 in Paris on the Factory 2018's first day.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2018, 11, 14, 8, 0, 0, TimeSpan.Zero));
    private readonly MissionState _state = new();

    private DateTimeOffset Now => _clock.GetUtcNow();

    private Mission NewMission(EditionFormat format = EditionFormat.Factory, IReadOnlyList<MilestoneDefinition>? milestones = null)
    {
        var mission = new Mission("factory-2018", "drenche", _state);
        mission.Create(
            new CreateMission("Structurer une démarche commerciale", new AssociationRef("le-drenche", "Le Drenche", null), "Germain", milestones),
            format,
            Now);
        mission.Advance(Now);
        return mission;
    }

    private static DomainRuleKind Refusal(Action change) => Assert.Throws<DomainRuleException>(change).Kind;

    [Fact]
    public void Create_WithoutMilestones_UsesTheFormatsDefaults_AllToDo()
    {
        var detail = NewMission(EditionFormat.Marathon).Detail(NoSchedule, Now);
        Assert.Equal(3, detail.Milestones.Count);
        Assert.All(detail.Milestones, m => Assert.Equal(MilestoneStatus.Todo, m.Status));
        Assert.Equal(1, detail.Version);
    }

    [Fact]
    public void Create_WithDuplicateMilestoneIds_IsInvalid_AndSetsNothing()
    {
        var mission = new Mission("factory-2018", "drenche", _state);
        var command = new CreateMission("t", new AssociationRef("a", "A", null), "Germain", [new("brief", "Brief"), new("brief", "Encore")]);
        Assert.Equal(DomainRuleKind.Invalid, Refusal(() => mission.Create(command, EditionFormat.Factory, Now)));
        Assert.Empty(_state.Milestones);
        Assert.False(mission.Exists);
    }

    [Fact]
    public void Create_Twice_IsAConflict()
    {
        var mission = NewMission();
        Assert.Equal(DomainRuleKind.Conflict, Refusal(() => mission.Create(new CreateMission("t", new AssociationRef("a", "A", null), "G", null), EditionFormat.Factory, Now)));
    }

    [Fact]
    public void EnsureExists_BeforeCreate_IsNotFound()
    {
        Assert.Equal(DomainRuleKind.NotFound, Refusal(() => new Mission("factory-2018", "drenche", _state).EnsureExists()));
    }

    [Fact]
    public void SetMilestone_UnknownId_IsNotFound_AndChangesNothing()
    {
        var mission = NewMission();
        var before = mission.Detail(NoSchedule, Now);
        Assert.Equal(DomainRuleKind.NotFound, Refusal(() => mission.SetMilestone("nope", MilestoneStatus.Done, null, Now)));
        Assert.Equal(before.Milestones, mission.Detail(NoSchedule, Now).Milestones);
    }

    [Fact]
    public void SetMilestone_DoneToBlocked_IsAConflict()
    {
        var mission = NewMission();
        mission.SetMilestone("framing", MilestoneStatus.Done, null, Now);
        Assert.Equal(DomainRuleKind.Conflict, Refusal(() => mission.SetMilestone("framing", MilestoneStatus.Blocked, null, Now)));
    }

    [Fact]
    public void SetMilestone_SameStatus_IsStillAChange_ForTheNote()
    {
        var mission = NewMission();
        mission.SetMilestone("framing", MilestoneStatus.InProgress, null, Now);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var edit = mission.SetMilestone("framing", MilestoneStatus.InProgress, "Entretien avec Florent", Now);

        Assert.True(edit.Changed);
        var framing = mission.Detail(NoSchedule, Now).Milestones.Single(m => m.Id == "framing");
        Assert.Equal("Entretien avec Florent", framing.Note);
        Assert.Equal(Now, framing.UpdatedAt);
    }

    [Fact]
    public void SetMilestone_SameStatusAndSameNote_IsANoOp_SoItCannotFlushTheAuditTrail()
    {
        var mission = NewMission();
        mission.SetMilestone("framing", MilestoneStatus.InProgress, "Entretien avec Florent", Now);
        var before = mission.Detail(NoSchedule, Now).Milestones.Single(m => m.Id == "framing");
        _clock.Advance(TimeSpan.FromMinutes(5));

        var edit = mission.SetMilestone("framing", MilestoneStatus.InProgress, "Entretien avec Florent", Now);

        Assert.False(edit.Changed);
        Assert.Equal(before, mission.Detail(NoSchedule, Now).Milestones.Single(m => m.Id == "framing"));
    }

    [Fact]
    public void EraseLead_RemovesTheName_Once()
    {
        var mission = NewMission();

        Assert.True(mission.EraseLead().Changed);
        Assert.Equal("", mission.Detail(NoSchedule, Now).LeadName);
        Assert.False(mission.EraseLead().Changed);
    }

    [Fact]
    public void HelpRequestStatus_SameStatus_IsANoOp_AndBackIsAConflict()
    {
        var mission = NewMission();
        mission.RequestHelp("finance", "Besoin d'un expert", "h1", Now);
        Assert.True(mission.SetHelpRequestStatus("h1", HelpRequestStatus.Acknowledged).Changed);

        Assert.Equal(MissionEdit.None, mission.SetHelpRequestStatus("h1", HelpRequestStatus.Acknowledged));
        Assert.Equal(DomainRuleKind.Conflict, Refusal(() => mission.SetHelpRequestStatus("h1", HelpRequestStatus.Open)));
        Assert.Equal(DomainRuleKind.NotFound, Refusal(() => mission.SetHelpRequestStatus("h2", HelpRequestStatus.Resolved)));
        Assert.Equal(HelpRequestStatus.Acknowledged, mission.HelpRequest("h1").Status);
    }

    [Fact]
    public void CheckIn_SameValue_IsANoOp_UnknownMemberIsNotFound()
    {
        var mission = NewMission();
        mission.AddMember(new NewVolunteer("Jihane", "Mazars", false), "m1", Now);

        Assert.Equal(MissionEdit.Made("m1"), mission.CheckIn("m1", true));
        Assert.Equal(MissionEdit.None, mission.CheckIn("m1", true));
        Assert.Equal(DomainRuleKind.NotFound, Refusal(() => mission.CheckIn("m2", true)));
        Assert.Equal(1, mission.Summary(NoSchedule, Now).CheckedIn);
    }

    [Fact]
    public void EraseMember_Unknown_IsNotFound_Known_IsGone()
    {
        var mission = NewMission();
        mission.AddMember(new NewVolunteer("Jihane", "Mazars", false), "m1", Now);
        Assert.Equal(DomainRuleKind.NotFound, Refusal(() => mission.EraseMember("m2")));
        mission.EraseMember("m1");
        Assert.Empty(mission.Detail(NoSchedule, Now).Members);
    }

    [Fact]
    public void Deliverables_AtTheCap_AreAConflict()
    {
        var mission = NewMission();
        for (var i = 0; i < Mission.MaxDeliverables; i++)
        {
            mission.AddDeliverable($"Livrable {i}", null, $"d{i}", Now);
        }

        Assert.Equal(DomainRuleKind.Conflict, Refusal(() => mission.AddDeliverable("Un de trop", null, "dx", Now)));
        Assert.Equal(Mission.MaxDeliverables, mission.Summary(NoSchedule, Now).Deliverables);
    }

    [Fact]
    public void Members_AtTheCap_AreAConflict()
    {
        var mission = NewMission();
        for (var i = 0; i < Mission.MaxMembers; i++)
        {
            mission.AddMember(new NewVolunteer($"V{i}", "Mazars", false), $"m{i}", Now);
        }

        Assert.Equal(DomainRuleKind.Conflict, Refusal(() => mission.AddMember(new NewVolunteer("Un de trop", "Mazars", false), "mx", Now)));
        Assert.Equal(Mission.MaxMembers, mission.Summary(NoSchedule, Now).Volunteers);
    }

    [Fact]
    public void HelpRequests_AtTheCap_AreAConflict()
    {
        var mission = NewMission();
        for (var i = 0; i < Mission.MaxHelpRequests; i++)
        {
            mission.RequestHelp("finance", "?", $"h{i}", Now);
        }

        Assert.Equal(DomainRuleKind.Conflict, Refusal(() => mission.RequestHelp("finance", "?", "hx", Now)));
    }

    [Fact]
    public void Ledger_SameKeyAndOperation_IsFound_AnotherOperationIsAConflict_AnotherCallerIsNew()
    {
        var mission = NewMission();
        var lead = new ChangeKey("lead:t1", "phone-42");
        var operation = MissionOperation.Milestone("framing", MilestoneStatus.Done);
        Assert.Null(mission.Applied(lead, operation));
        mission.Remember(lead, operation, null, Now);

        Assert.NotNull(mission.Applied(lead, MissionOperation.Milestone("framing", MilestoneStatus.Done)));
        Assert.Equal(DomainRuleKind.Conflict, Refusal(() => mission.Applied(lead, MissionOperation.Milestone("framing", MilestoneStatus.Blocked))));
        Assert.Null(mission.Applied(new ChangeKey("admin", "phone-42"), MissionOperation.Milestone("framing", MilestoneStatus.Blocked)));
        Assert.Null(mission.Applied(null, operation));
    }

    [Fact]
    public void Ledger_KeepsTheResultId_ForTheReplay()
    {
        var mission = NewMission();
        var key = new ChangeKey("lead:t1", "k-help");
        var id = mission.RequestHelp("finance", "Besoin d'un expert", "h1", Now).ResultId;
        mission.Remember(key, MissionOperation.RequestHelp, id, Now);

        Assert.Equal("h1", mission.Applied(key, MissionOperation.RequestHelp)!.ResultId);
    }

    [Theory]
    [InlineData("milestone:framing:InProgress")]
    [InlineData("check-in:m1:True")]
    [InlineData("help-request:h1:Acknowledged")]
    [InlineData("member")]
    [InlineData("help-request")]
    [InlineData("deliverable")]
    public void Operation_RendersTheStoredForm_SoStoredLedgersKeepMatching(string stored)
    {
        MissionOperation[] operations =
        [
            MissionOperation.Milestone("framing", MilestoneStatus.InProgress),
            MissionOperation.CheckIn("m1", true),
            MissionOperation.HelpRequestStatus("h1", HelpRequestStatus.Acknowledged),
            MissionOperation.AddMember,
            MissionOperation.RequestHelp,
            MissionOperation.AddDeliverable,
        ];
        Assert.Single(operations, o => o.ToString() == stored);
    }

    [Fact]
    public void Summary_CountsProgress_CurrentMilestone_TeamAndOpenHelp()
    {
        var mission = NewMission();
        mission.SetMilestone("framing", MilestoneStatus.Done, null, Now);
        mission.SetMilestone("diagnosis", MilestoneStatus.Blocked, "En attente des chiffres", Now);
        mission.AddMember(new NewVolunteer("Jihane", "Mazars", false), "m1", Now);
        mission.AddMember(new NewVolunteer("Paul", "mazars", true), "m2", Now);
        mission.AddMember(new NewVolunteer("Germain", "DXC Technology", false), "m3", Now);
        mission.RequestHelp("finance", "?", "h1", Now);
        mission.RequestHelp("juridique", "?", "h2", Now);
        mission.SetHelpRequestStatus("h2", HelpRequestStatus.Resolved);

        var summary = mission.Summary(NoSchedule, Now);
        Assert.Equal(20, summary.Progress);
        Assert.Equal((1, 5), (summary.MilestonesDone, summary.MilestonesTotal));
        Assert.Equal(mission.CurrentMilestone!.Label, summary.CurrentMilestone);
        Assert.Equal("diagnosis", mission.CurrentMilestone.Id);
        Assert.True(summary.HasBlockedMilestone);
        Assert.Equal(MissionHealth.Blocked, summary.Health);
        Assert.Equal(3, summary.Volunteers);
        Assert.Equal(2, summary.Companies.Count);
        Assert.Equal(1, summary.OpenHelpRequests);
    }

    [Fact]
    public void CurrentMilestone_WithNothingStarted_IsTheFirstToDo_AndNoneWhenAllDone()
    {
        var mission = NewMission(milestones: [new("brief", "Brief"), new("brochure", "Plaquette")]);
        Assert.Equal("brief", mission.CurrentMilestone!.Id);
        mission.SetMilestone("brief", MilestoneStatus.Done, null, Now);
        mission.SetMilestone("brochure", MilestoneStatus.Done, null, Now);
        Assert.Null(mission.CurrentMilestone);
        Assert.Equal(100, mission.Detail(NoSchedule, Now).Progress);
    }

    [Fact]
    public void Health_WithoutUpdates_TurnsStale_OnlyPastTheLimit()
    {
        var mission = NewMission();
        _clock.Advance(StaleAfter);
        Assert.Equal(MissionHealth.OnTrack, mission.Health(NoSchedule, Now));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(MissionHealth.Stale, mission.Health(NoSchedule, Now));

        mission.Advance(Now);
        Assert.Equal(MissionHealth.OnTrack, mission.Detail(NoSchedule, Now).Health);
    }

    [Fact]
    public void Health_BehindTheSchedule_IsAtRisk()
    {
        var schedule = new ScheduleClock("Europe/Paris", [new EventDayInfo(new DateOnly(2018, 11, 14), "Jour 1")]);
        var review = new HealthReview(schedule, StaleAfter);
        var mission = NewMission();

        // 15:00 in Paris: two thirds of the day gone, three of five milestones expected, none done.
        _clock.Advance(TimeSpan.FromHours(6));
        mission.Advance(Now);
        Assert.Equal(MissionHealth.AtRisk, mission.Summary(review, Now).Health);
        Assert.Equal(MissionHealth.OnTrack, mission.Summary(NoSchedule, Now).Health);
    }

    [Fact]
    public void Advance_RaisesTheVersion_AndTheLastUpdate()
    {
        var mission = NewMission();
        _clock.Advance(TimeSpan.FromMinutes(3));
        mission.Advance(Now);
        mission.ReportedAt(42);

        var detail = mission.Detail(NoSchedule, Now);
        Assert.Equal(2, detail.Version);
        Assert.Equal(Now, detail.LastUpdateAt);
        Assert.Equal(42, detail.EditionVersion);
    }
}
