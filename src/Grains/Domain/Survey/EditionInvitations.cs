using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.Interfaces.Survey;

namespace Orchestrator.Grains.Domain.Survey;

/// <summary>
/// The edition's own people to invite: every member of every mission (volunteer), each association
/// once, each company once (<see cref="CompanyNames"/>).
/// Those whose source is already invited are left out, so inviting from the edition again adds only newcomers.
/// </summary>
public static class EditionInvitations
{
    public static string MemberSource(string missionId, string memberId) => $"member:{missionId}/{memberId}";

    public static IReadOnlyList<InvitationCandidate> Candidates(IEnumerable<MissionDetail> missions, IReadOnlySet<string> invitedSources)
    {
        var ordered = missions.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        var volunteers = ordered.SelectMany(m => m.Members.Select(v =>
            new InvitationCandidate(SurveyRole.Volunteer, v.Name, m.Id, MemberSource(m.Id, v.Id))));
        var associations = ordered
            .DistinctBy(m => m.Association.Id, StringComparer.Ordinal)
            .Select(m => new InvitationCandidate(SurveyRole.Association, m.Association.Name, m.Id, $"association:{m.Association.Id}"));
        var companies = CompanyNames.Group(ordered.SelectMany(m => m.Members).Select(v => v.Company))
            .Select(c => new InvitationCandidate(SurveyRole.Company, c.Company, null, $"company:{c.Company.ToUpperInvariant()}"));
        return volunteers.Concat(associations).Concat(companies)
            .Where(c => !invitedSources.Contains(c.Source))
            .ToList();
    }
}
