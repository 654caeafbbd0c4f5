namespace Orchestrator.Grains.Interfaces;

/// <summary>
/// A request broke a rule of the domain (unknown id, duplicate, move not allowed).
/// Crosses the grain boundary intact so the web host can map <see cref="Kind"/> to an HTTP status.
/// </summary>
[GenerateSerializer]
public sealed class DomainRuleException : Exception
{
    public DomainRuleException()
    {
    }

    public DomainRuleException(string message)
        : base(message)
    {
    }

    public DomainRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DomainRuleException(DomainRuleKind kind, string message)
        : base(message)
    {
        Kind = kind;
    }

    [Id(0)]
    public DomainRuleKind Kind { get; init; } = DomainRuleKind.Invalid;

    public static DomainRuleException NotFound(string message) => new(DomainRuleKind.NotFound, message);

    /// <summary>The one wording of an unknown edition, wherever it is found missing.</summary>
    public static DomainRuleException EditionNotFound(string editionId) => NotFound(NoSuchEdition(editionId));

    /// <summary>The one wording of an unknown mission of an edition.</summary>
    public static DomainRuleException MissionNotFound(string editionId, string missionId) => NotFound(NoSuchMission(editionId, missionId));

    public static string NoSuchEdition(string editionId) => $"Edition '{editionId}' does not exist.";

    public static string NoSuchMission(string editionId, string missionId) => $"Mission '{missionId}' does not exist in edition '{editionId}'.";

    public static DomainRuleException Conflict(string message) => new(DomainRuleKind.Conflict, message);

    public static DomainRuleException Invalid(string message) => new(DomainRuleKind.Invalid, message);
}
