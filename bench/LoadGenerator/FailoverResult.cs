namespace Orchestrator.LoadGenerator;

/// <summary>A failover round's report; <see cref="Complete"/> is false when a bounded wait ran out or the cluster was not as expected.</summary>
internal sealed record FailoverResult(bool Complete, string Report);
