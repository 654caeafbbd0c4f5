namespace Orchestrator.Grains.Interfaces.Vote;

/// <param name="Budget">Points to share (<see cref="VoteMode.Points"/>) or proposals to pick (<see cref="VoteMode.Pick"/>).</param>
/// <param name="RevealTop">How many of the ranking the ceremony reveals, from that rank up to the winner.</param>
[GenerateSerializer, Immutable]
public sealed record VoteSettings(
    [property: Id(0)] VoteMode Mode,
    [property: Id(1)] int Budget,
    [property: Id(2)] int RevealTop)
{
    public static VoteSettings Default { get; } = new(VoteMode.Points, 10, 5);
}
