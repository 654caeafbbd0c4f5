using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces.Access;

namespace Orchestrator.Grains.Tests.Domain;

public sealed class AccessLedgerTests
{
    private static readonly DateTimeOffset Now = new(2018, 11, 14, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NewLeadToken_SupersedesOnlyThatMissionsLead()
    {
        var tokens = new Dictionary<string, IssuedToken>();
        AccessLedger.Record(tokens, Token("lead-1", AccessRole.TeamLead, "drenche"));
        AccessLedger.Record(tokens, Token("lead-other", AccessRole.TeamLead, "auxilia"));
        AccessLedger.Record(tokens, Token("team-1", AccessRole.Team, "drenche"));

        var superseded = AccessLedger.Record(tokens, Token("lead-2", AccessRole.TeamLead, "drenche"));

        Assert.Equal(["lead-1"], superseded.Select(t => t.TokenId));
        Assert.True(tokens["lead-1"].Revoked);
        Assert.False(tokens["lead-other"].Revoked);
        Assert.False(tokens["team-1"].Revoked);
        Assert.False(tokens["lead-2"].Revoked);
    }

    [Fact]
    public void Revoke_KnownId_MarksIt_UnknownId_IsNull()
    {
        var tokens = new Dictionary<string, IssuedToken>();
        AccessLedger.Record(tokens, Token("viewer-1", AccessRole.Viewer, null));

        Assert.Equal("hash-viewer-1", AccessLedger.Revoke(tokens, "viewer-1")?.TokenHash);
        Assert.True(tokens["viewer-1"].Revoked);
        Assert.Null(AccessLedger.Revoke(tokens, "nope"));
    }

    [Fact]
    public void NewLeadToken_RevokesTheTeamLinksThePreviousLeadIssued_NotTheAdmins()
    {
        var tokens = new Dictionary<string, IssuedToken>();
        AccessLedger.Record(tokens, Token("lead-1", AccessRole.TeamLead, "drenche"));
        AccessLedger.Record(tokens, Token("team-by-lead", AccessRole.Team, "drenche") with { IssuedBy = "lead-1" });
        AccessLedger.Record(tokens, Token("team-by-admin", AccessRole.Team, "drenche"));

        var superseded = AccessLedger.Record(tokens, Token("lead-2", AccessRole.TeamLead, "drenche"));

        Assert.Equal(["lead-1", "team-by-lead"], superseded.Select(t => t.TokenId));
        Assert.True(tokens["team-by-lead"].Revoked);
        Assert.False(tokens["team-by-admin"].Revoked);
    }

    [Fact]
    public void NewLeadToken_KeepingTeamLinks_RevokesOnlyTheLead()
    {
        var tokens = new Dictionary<string, IssuedToken>();
        AccessLedger.Record(tokens, Token("lead-1", AccessRole.TeamLead, "drenche"));
        AccessLedger.Record(tokens, Token("team-by-lead", AccessRole.Team, "drenche") with { IssuedBy = "lead-1" });

        var superseded = AccessLedger.Record(tokens, Token("lead-2", AccessRole.TeamLead, "drenche"), keepTeamLinks: true);

        Assert.Equal(["lead-1"], superseded.Select(t => t.TokenId));
        Assert.False(tokens["team-by-lead"].Revoked);
    }

    [Fact]
    public void TeamLinks_PastTheBound_AreAConflict_RevokedOnesDoNotCount()
    {
        var tokens = new Dictionary<string, IssuedToken>();
        for (var i = 0; i < IAccessRegistryGrain.MaxTeamLinksPerMission; i++)
        {
            AccessLedger.Record(tokens, Token($"team-{i}", AccessRole.Team, "drenche"));
        }

        var refused = Assert.Throws<Orchestrator.Grains.Interfaces.DomainRuleException>(() => AccessLedger.Record(tokens, Token("one-more", AccessRole.Team, "drenche")));
        Assert.Equal(Orchestrator.Grains.Interfaces.DomainRuleKind.Conflict, refused.Kind);
        Assert.False(tokens.ContainsKey("one-more"));
        AccessLedger.Record(tokens, Token("elsewhere", AccessRole.Team, "auxilia"));

        AccessLedger.Revoke(tokens, "team-0");
        AccessLedger.Record(tokens, Token("one-more", AccessRole.Team, "drenche"));
        Assert.False(tokens["one-more"].Revoked);
    }

    private static IssuedToken Token(string id, AccessRole role, string? missionId) => new(id, $"hash-{id}", role, missionId, Now, Revoked: false);
}
