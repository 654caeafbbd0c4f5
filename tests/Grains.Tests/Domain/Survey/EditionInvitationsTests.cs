using Orchestrator.Grains.Domain.Survey;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Survey;

namespace Orchestrator.Grains.Tests.Domain.Survey;

public sealed class EditionInvitationsTests
{
    private static MissionDetail Mission(string id, string associationId, params (string Id, string Name, string Company)[] members) => new(
        "factory", id, id, new AssociationRef(associationId, $"Asso {associationId}", null), "Lead", [],
        members.Select(m => new Volunteer(m.Id, m.Name, m.Company, false, false, DateTimeOffset.UnixEpoch)).ToList(),
        [], [], 0, MissionHealth.OnTrack, 1, DateTimeOffset.UnixEpoch, 1);

    [Fact]
    public void Candidates_EveryMember_EachAssociationOnce_EachCompanyOnce()
    {
        var candidates = EditionInvitations.Candidates(
            [
                Mission("drenche", "le-drenche", ("m1", "Jihane", "Mazars"), ("m2", "Paul", "EY")),
                Mission("auxilia-1", "auxilia", ("m1", "Léa", "mazars ")),
                Mission("auxilia-2", "auxilia"),
            ],
            new HashSet<string>());

        Assert.Equal(["Léa", "Jihane", "Paul"], candidates.Where(c => c.Role == SurveyRole.Volunteer).Select(c => c.Name));
        Assert.Equal("member:auxilia-1/m1", candidates[0].Source);
        Assert.Equal(["Asso auxilia", "Asso le-drenche"], candidates.Where(c => c.Role == SurveyRole.Association).Select(c => c.Name));
        Assert.Equal(["Mazars", "EY"], candidates.Where(c => c.Role == SurveyRole.Company).Select(c => c.Name));
    }

    [Fact]
    public void Candidates_LeaveOut_ThoseAlreadyInvited()
    {
        var missions = new[] { Mission("drenche", "le-drenche", ("m1", "Jihane", "Mazars"), ("m2", "Paul", "EY")) };
        var first = EditionInvitations.Candidates(missions, new HashSet<string>());

        var again = EditionInvitations.Candidates(missions, first.Select(c => c.Source).Where(s => s != "member:drenche/m2").ToHashSet());

        Assert.Equal(5, first.Count);
        Assert.Equal(["Paul"], again.Select(c => c.Name));
    }
}
