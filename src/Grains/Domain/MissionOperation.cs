using System.Globalization;
using Orchestrator.Grains.Interfaces.Missions;

namespace Orchestrator.Grains.Domain;

/// <summary>
/// What an idempotency key was used for, as the mission's ledger stores it. It renders to the strings
/// stored before it existed (<c>milestone:{id}:{Status}</c>, <c>member</c>, …), so stored ledgers keep matching.
/// </summary>
public sealed record MissionOperation
{
    private MissionOperation(string kind, string? target = null, string? value = null)
    {
        Kind = kind;
        Target = target;
        Value = value;
    }

    public string Kind { get; }

    /// <summary>The milestone, help request or member changed; none for an addition.</summary>
    public string? Target { get; }

    /// <summary>The status asked for: the same key with another status is another change.</summary>
    public string? Value { get; }

    public static MissionOperation Milestone(string milestoneId, MilestoneStatus status) => new("milestone", milestoneId, status.ToString());

    public static MissionOperation AddMember { get; } = new("member");

    public static MissionOperation RequestHelp { get; } = new("help-request");

    public static MissionOperation HelpRequestStatus(string helpRequestId, HelpRequestStatus status) => new("help-request", helpRequestId, status.ToString());

    public static MissionOperation AddDeliverable { get; } = new("deliverable");

    public static MissionOperation CheckIn(string memberId, bool checkedIn) => new("check-in", memberId, checkedIn.ToString(CultureInfo.InvariantCulture));

    /// <summary>The stored form, <see cref="AppliedRequest.Operation"/>.</summary>
    public override string ToString() => (Target, Value) switch
    {
        (null, _) => Kind,
        (_, null) => $"{Kind}:{Target}",
        _ => $"{Kind}:{Target}:{Value}",
    };
}
