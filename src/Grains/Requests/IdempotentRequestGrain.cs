using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces.Requests;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Requests;

/// <summary>
/// Only the answer is stored (one write per keyed request); the running marker lives in memory, so if
/// this grain's silo dies mid-request the retry simply runs again — and the mission grains' own
/// ledgers still apply their changes once.
/// </summary>
internal sealed class IdempotentRequestGrain(
    [PersistentState("idempotent-request", StorageNames.Orchestrator)] IPersistentState<IdempotentRequestState> state,
    TimeProvider time) : Grain, IIdempotentRequestGrain
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);
    private DateTimeOffset? _startedAt;
    private TaskCompletionSource<RecordedResponse?>? _answer;

    public Task<RequestDecision> Begin(string fingerprint)
    {
        var now = time.GetUtcNow();
        var outcome = RequestReplay.Decide(
            fingerprint, state.State.Fingerprint, state.State.Response is not null, state.State.AnsweredAt, _startedAt, now);
        if (outcome == RequestOutcome.Proceed)
        {
            state.State.Fingerprint = fingerprint;
            state.State.Response = null;
            _startedAt = now;
            _answer = new TaskCompletionSource<RecordedResponse?>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        return Task.FromResult(new RequestDecision(outcome, outcome == RequestOutcome.Replay ? state.State.Response : null));
    }

    public async Task Complete(RecordedResponse response)
    {
        state.State.Response = response;
        state.State.AnsweredAt = time.GetUtcNow();
        _startedAt = null;
        await this.WriteOrDeactivateAsync(state);
        _answer?.TrySetResult(response);
    }

    public Task Abandon()
    {
        _startedAt = null;
        _answer?.TrySetResult(null);
        return Task.CompletedTask;
    }

    public async Task Forget()
    {
        if (state.State.Response is null && state.State.Fingerprint.Length == 0)
        {
            return;
        }

        state.State = new IdempotentRequestState();
        await this.WriteOrDeactivateAsync(state);
    }

    public async Task<RecordedResponse?> WaitForResponse()
    {
        if (state.State.Response is { } answered)
        {
            return answered;
        }

        if (_answer is null)
        {
            return null;
        }

        try
        {
            return await _answer.Task.WaitAsync(LongestWait);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }
}
