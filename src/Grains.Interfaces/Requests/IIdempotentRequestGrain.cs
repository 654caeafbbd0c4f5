using Orleans.Concurrency;

namespace Orchestrator.Grains.Interfaces.Requests;

/// <summary>
/// One idempotency key of one caller (keyed by a hash of the caller's token id and the key). It lets the
/// first request through, makes concurrent copies wait for its answer, and replays that answer to
/// retries, also after a restart.
/// </summary>
public interface IIdempotentRequestGrain : IGrainWithStringKey
{
    /// <param name="fingerprint">Method, path and a hash of the body: the same key with another request is refused.</param>
    Task<RequestDecision> Begin(string fingerprint);

    Task Complete(RecordedResponse response);

    /// <summary>The first request failed without an answer worth keeping: the next retry runs again.</summary>
    Task Abandon();

    /// <summary>Drops the recorded answer (it may name an erased volunteer): the key is free again.</summary>
    Task Forget();

    /// <summary>Waits for the running request's answer; null if it was abandoned or took too long.</summary>
    [AlwaysInterleave]
    Task<RecordedResponse?> WaitForResponse();
}
