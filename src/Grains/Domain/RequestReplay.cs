using Orchestrator.Grains.Interfaces.Requests;

namespace Orchestrator.Grains.Domain;

/// <summary>What to do with a request carrying an idempotency key, given what is known of that key.</summary>
public static class RequestReplay
{
    /// <summary>An answer is replayed for this long; after that the key is free again.</summary>
    public static readonly TimeSpan RetainFor = TimeSpan.FromDays(1);

    /// <summary>A first request that has not answered in this long is taken as lost (its host died).</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(1);

    public static RequestOutcome Decide(
        string fingerprint,
        string? knownFingerprint,
        bool answered,
        DateTimeOffset? answeredAt,
        DateTimeOffset? startedAt,
        DateTimeOffset now)
    {
        var answerValid = answered && answeredAt is { } at && now - at <= RetainFor;
        var running = !answered && startedAt is { } started && now - started <= AbandonedAfter;
        if (!answerValid && !running)
        {
            return RequestOutcome.Proceed;
        }

        if (!string.Equals(fingerprint, knownFingerprint, StringComparison.Ordinal))
        {
            return RequestOutcome.Mismatch;
        }

        return answerValid ? RequestOutcome.Replay : RequestOutcome.InProgress;
    }
}
