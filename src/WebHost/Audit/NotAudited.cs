namespace Orchestrator.WebHost.Audit;

/// <summary>
/// Endpoint metadata: the route's changes stay out of the edition's audit trail. Ballots carry it: the
/// ballot shard is their durable record, and one audit grain per edition on every ballot would be the
/// single grain a burst of 5,000 guests queues on.
/// </summary>
public sealed record NotAudited(string Reason);
