using Orchestrator.Grains.Interfaces;
using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Presence;

namespace Orchestrator.Grains.Tests.Cluster;

/// <summary>Revocation notices to the hosts, and what an erasure and the presence bound do to a mission's presence.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AccessAndPresenceBoundsTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Now = new(2018, 11, 14, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Revoke_TellsEveryHost_SoTheyCloseItsConnections()
    {
        var probe = await LiveProbe.Register(fixture.Cluster);
        var registry = fixture.Grains.GetGrain<IAccessRegistryGrain>(Ids.New("access"));
        var hash = Ids.New("hash");
        await fixture.Grains.GetGrain<IAccessTokenGrain>(hash).Issue(new AccessGrant("viewer-1", AccessRole.Viewer, "e", null, Now, Revoked: false));
        await registry.Record(new IssuedToken("viewer-1", hash, AccessRole.Viewer, null, Now, Revoked: false));
        Assert.True(await registry.IsActive("viewer-1"));

        var told = probe.WaitForRevoked("viewer-1");
        Assert.True(await registry.Revoke("viewer-1"));

        await told;
        Assert.False(await registry.IsActive("viewer-1"));
        Assert.True((await fixture.Grains.GetGrain<IAccessTokenGrain>(hash).Get())!.Revoked);
    }

    [Fact]
    public async Task LeadReissue_TellsTheHosts_OfTheOldLeadAndItsTeamLinks()
    {
        var probe = await LiveProbe.Register(fixture.Cluster);
        var registry = fixture.Grains.GetGrain<IAccessRegistryGrain>(Ids.New("access"));
        await registry.Record(new IssuedToken("lead-1", Ids.New("hash"), AccessRole.TeamLead, "drenche", Now, Revoked: false));
        await registry.Record(new IssuedToken("team-1", Ids.New("hash"), AccessRole.Team, "drenche", Now, Revoked: false, IssuedBy: "lead-1"));

        var lead = probe.WaitForRevoked("lead-1");
        await registry.Record(new IssuedToken("lead-2", Ids.New("hash"), AccessRole.TeamLead, "drenche", Now, Revoked: false));
        await lead;
        await probe.WaitForRevoked("team-1");

        Assert.False(await registry.IsActive("team-1"));
        Assert.True(await registry.IsActive("lead-2"));
        Assert.Equal(["lead-1", "lead-2", "team-1"], (await registry.List()).Select(t => t.TokenId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Presence_PastTheBound_IsAConflict_KnownConnectionsStillRenew()
    {
        var presence = fixture.Grains.GetGrain<IMissionPresenceGrain>(MissionKey.For(Ids.New("e"), "drenche"));
        for (var i = 0; i < IMissionPresenceGrain.MaxConnections; i++)
        {
            await presence.Join("host-a", $"c{i}", new PresentMember());
        }

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => presence.Join("host-b", "one-more", new PresentMember()));

        Assert.Equal(DomainRuleKind.Conflict, refused.Kind);
        await presence.Join("host-a", "c0", new PresentMember("m1", "Awa"));
        Assert.Equal(IMissionPresenceGrain.MaxConnections, (await presence.Get()).Present.Count);
    }

    [Fact]
    public async Task ErasedMember_IsAnonymousInPresence_EvenWhenAHostReportsThemAgain()
    {
        var probe = await LiveProbe.Register(fixture.Cluster);
        var editionId = Ids.New("e");
        var presence = fixture.Grains.GetGrain<IMissionPresenceGrain>(MissionKey.For(editionId, "drenche"));
        await presence.Join("host-a", "c1", new PresentMember("m1", "Amelie Martin"));
        await probe.WaitForPresence(p => p.EditionId == editionId && p.Present.Any(m => m.Name == "Amelie Martin"));

        await presence.Erase("m1");
        await presence.Renew("host-a", [new PresentConnection("c1", new PresentMember("m1", "Amelie Martin"))]);

        var now = await presence.Get();
        var only = Assert.Single(now.Present);
        Assert.Null(only.Name);
        Assert.Null(only.MemberId);
        await probe.WaitForPresence(p => p.EditionId == editionId && p.Present.Count == 1 && p.Present[0].Name is null);
    }
}
