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

    private static IssuedToken Token(string id, AccessRole role, string? missionId) => new(id, $"hash-{id}", role, missionId, Now, Revoked: false);
}
