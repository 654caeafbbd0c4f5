namespace Orchestrator.WebHost.Auth;

/// <summary>What a route asks of its caller, judged against the edition and mission ids in its path.</summary>
public enum Right
{
    /// <summary>Any valid token: <c>GET /api/me</c>.</summary>
    AnyCaller,

    /// <summary>Edition-wide reads: the admin, and the edition's viewers and leads.</summary>
    ReadEdition,

    /// <summary>One mission's reads: the edition's readers, and the mission's own team.</summary>
    ReadMission,

    /// <summary>One mission's changes: the admin and the mission's lead.</summary>
    ChangeMission,

    /// <summary>The admin (the coordination desk) only.</summary>
    Admin,

    /// <summary>The closing vote without a point until revealed: the edition's readers and its guests.</summary>
    ReadVote,

    /// <summary>One's own ballot: a guest of the edition, nobody else (not even the admin).</summary>
    CastBallot,
    /// <summary>An edition's impact report: the admin and the edition's viewers (counts and companies, no names).</summary>
    ReadImpact,

    /// <summary>A respondent's own survey: a respondent token of the edition in the path, nobody else.</summary>
    AnswerSurvey,
}
