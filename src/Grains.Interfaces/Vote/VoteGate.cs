namespace Orchestrator.Grains.Interfaces.Vote;

/// <summary>
/// What a ballot shard needs to accept or refuse ballots on its own: the status, and once open the
/// settings and proposals, frozen from then on.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record VoteGate(
    [property: Id(0)] VoteStatus Status,
    [property: Id(1)] VoteSettings Settings,
    [property: Id(2)] IReadOnlyList<string> ProposalIds);
