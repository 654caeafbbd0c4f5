using System.Reflection;
using System.Security.Claims;

namespace Orchestrator.WebHost.Auth;

/// <summary>Who is calling, as proven by their bearer token. <see cref="TokenId"/> is safe to log; the token is not.</summary>
/// <param name="SubjectId">The guest or respondent the token belongs to (guest and respondent tokens only).</param>
public sealed record Caller(CallerRole Role, string TokenId, string? EditionId, string? MissionId, string? SubjectId = null) : IBindableFromHttpContext<Caller>
{
    public const string RoleClaim = "orchestrator:role";
    public const string TokenIdClaim = "orchestrator:token-id";
    public const string EditionClaim = "orchestrator:edition";
    public const string MissionClaim = "orchestrator:mission";
    public const string SubjectClaim = "orchestrator:subject";

    public bool IsAdmin => Role == CallerRole.Admin;

    public static Caller From(ClaimsPrincipal user) => new(
        Enum.Parse<CallerRole>(user.FindFirstValue(RoleClaim) ?? throw new InvalidOperationException("Unauthenticated caller.")),
        user.FindFirstValue(TokenIdClaim) ?? "",
        user.FindFirstValue(EditionClaim),
        user.FindFirstValue(MissionClaim),
        user.FindFirstValue(SubjectClaim));

    /// <summary>Binds a handler's <c>Caller</c> parameter from the authenticated user.</summary>
    public static ValueTask<Caller?> BindAsync(HttpContext context, ParameterInfo parameter) => ValueTask.FromResult<Caller?>(From(context.User));

    public ClaimsPrincipal ToPrincipal(string scheme)
    {
        var claims = new List<Claim> { new(RoleClaim, Role.ToString()), new(TokenIdClaim, TokenId) };
        if (EditionId is not null)
        {
            claims.Add(new Claim(EditionClaim, EditionId));
        }

        if (MissionId is not null)
        {
            claims.Add(new Claim(MissionClaim, MissionId));
        }

        if (SubjectId is not null)
        {
            claims.Add(new Claim(SubjectClaim, SubjectId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>Whether this caller holds <paramref name="right"/> over the edition and mission named in a route.</summary>
    public bool Has(Right right, string? editionId, string? missionId) => right switch
    {
        Right.AnyCaller => true,
        Right.Admin => IsAdmin,
        Right.ReadEdition => editionId is not null && CanReadEdition(editionId),
        Right.ReadMission => editionId is not null && missionId is not null && CanReadMission(editionId, missionId),
        Right.ChangeMission => editionId is not null && missionId is not null && CanChangeMission(editionId, missionId),
        Right.ReadVote => editionId is not null && CanReadVote(editionId),
        Right.CastBallot => editionId is not null && CanCastBallot(editionId),
        Right.ReadImpact => editionId is not null && CanReadImpact(editionId),
        Right.AnswerSurvey => Role == CallerRole.Respondent && SubjectId is not null && editionId is not null && EditionId == editionId,
        _ => false,
    };

    /// <summary>Reads edition-wide data: counts and companies, never volunteers' names.</summary>
    public bool CanReadEdition(string editionId) =>
        IsAdmin || (Role is CallerRole.Viewer or CallerRole.TeamLead && EditionId == editionId);

    /// <summary>The impact report and the survey's progress (its counts and NPS): the desk and the edition's viewers.</summary>
    public bool CanReadImpact(string editionId) =>
        IsAdmin || (Role == CallerRole.Viewer && EditionId == editionId);

    public bool CanReadMission(string editionId, string missionId) =>
        CanReadEdition(editionId) || IsOnMission(editionId, missionId);

    /// <summary>Volunteers' names: the admin, and the mission's own lead and team.</summary>
    public bool CanSeeNames(string editionId, string missionId) => IsAdmin || IsOnMission(editionId, missionId);

    public bool CanChangeMission(string editionId, string missionId) =>
        IsAdmin || (Role == CallerRole.TeamLead && EditionId == editionId && MissionId == missionId);

    /// <summary>The closing vote without a point (until revealed): the edition's readers and its guests.</summary>
    public bool CanReadVote(string editionId) => CanReadEdition(editionId) || CanCastBallot(editionId);

    /// <summary>Casting (and reading) one's own ballot: a guest of the edition, nobody else — not even the admin.</summary>
    public bool CanCastBallot(string editionId) => Role == CallerRole.Guest && EditionId == editionId && SubjectId is not null;

    private bool IsOnMission(string editionId, string missionId) =>
        Role is CallerRole.TeamLead or CallerRole.Team && EditionId == editionId && MissionId == missionId;
}
