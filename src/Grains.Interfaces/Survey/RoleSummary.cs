namespace Orchestrator.Grains.Interfaces.Survey;

/// <summary>One role's figures. <see cref="Nps"/> and <see cref="Satisfaction"/> are null while nobody of the role has answered;
/// <see cref="ResponseRate"/> (percent of those invited) while nobody is invited.</summary>
[GenerateSerializer, Immutable]
public sealed record RoleSummary(
    [property: Id(0)] int Invited,
    [property: Id(1)] int Responded,
    [property: Id(2)] decimal? Nps,
    [property: Id(3)] int Promoters,
    [property: Id(4)] int Passives,
    [property: Id(5)] int Detractors,
    [property: Id(6)] decimal? Satisfaction,
    [property: Id(7)] decimal? ResponseRate)
{
    public static RoleSummary Empty { get; } = new(0, 0, null, 0, 0, 0, null, null);
}
