using Orchestrator.Grains.Interfaces.Access;
using Orchestrator.Grains.Interfaces.Survey;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Auth;

namespace Orchestrator.WebHost.Api;

/// <summary>
/// Invites respondents: one respondent token each (issued in one registry write), then the survey records
/// them. A respondent the survey skips (its source was invited meanwhile) is left out of the answer, so its
/// token is never handed out.
/// </summary>
internal static class SurveyInvitations
{
    public static async Task<InvitedRespondentsResponse> Invite(
        string editionId, IReadOnlyList<(SurveyRole Role, string? Name, string? MissionId, string? Source)> people, IGrainFactory grains, TokenIssuer issuer)
    {
        if (people.Count == 0)
        {
            return new InvitedRespondentsResponse([]);
        }

        var ids = people.Select(_ => $"r-{Tokens.NewId()}").ToList();
        var tokens = await issuer.IssueMany(AccessRole.Respondent, editionId, ids);
        var invitations = people
            .Select((p, i) => new NewRespondent(ids[i], p.Role, p.Name, p.MissionId, p.Source, tokens[i].Grant.TokenId))
            .ToList();
        var added = await grains.GetGrain<ISurveyGrain>(editionId).Invite(invitations);
        var tokenOf = ids.Select((id, i) => (id, tokens[i].Token)).ToDictionary(p => p.id, p => p.Token, StringComparer.Ordinal);
        return new InvitedRespondentsResponse(added
            .Select(r => new InvitedRespondentResponse(
                r.Id, WireNames.Of(r.Role), r.Name, r.MissionId, tokenOf[r.Id], r.TokenId, $"/survey/{editionId}#token={tokenOf[r.Id]}"))
            .ToList());
    }
}
