using Orchestrator.Grains.Domain;
using Orchestrator.Grains.Interfaces.Requests;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Requests;

/// <summary>Answers older than the replay window are no longer replayed, so they are dropped from the list too.</summary>
internal sealed class MissionAnswersGrain(
    [PersistentState("mission-answers", StorageNames.Orchestrator)] IPersistentState<MissionAnswersState> state,
    TimeProvider time) : Grain, IMissionAnswersGrain
{
    public async Task<bool> Add(string requestKey)
    {
        var answers = state.State.Answers;
        var oldest = time.GetUtcNow() - RequestReplay.RetainFor;
        foreach (var expired in answers.Where(a => a.Value < oldest).Select(a => a.Key).ToList())
        {
            answers.Remove(expired);
        }

        if (!answers.ContainsKey(requestKey) && answers.Count >= IMissionAnswersGrain.MaxAnswers)
        {
            return false;
        }

        answers[requestKey] = time.GetUtcNow();
        await this.WriteOrDeactivateAsync(state);
        return true;
    }

    public async Task Purge()
    {
        var keys = state.State.Answers.Keys.ToList();
        if (keys.Count == 0)
        {
            return;
        }

        foreach (var batch in keys.Chunk(50))
        {
            await Task.WhenAll(batch.Select(k => GrainFactory.GetGrain<IIdempotentRequestGrain>(k).Forget()));
        }

        state.State.Answers.Clear();
        await this.WriteOrDeactivateAsync(state);
    }
}
