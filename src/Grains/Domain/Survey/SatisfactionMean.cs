namespace Orchestrator.Grains.Domain.Survey;

public static class SatisfactionMean
{
    /// <summary>The mean of the answers, one decimal (<see cref="OneDecimal"/>); null with no answer.</summary>
    public static decimal? Of(IEnumerable<int> answers)
    {
        var (count, sum) = answers.Aggregate((Count: 0, Sum: 0L), (acc, a) => (acc.Count + 1, acc.Sum + a));
        return count == 0 ? null : OneDecimal.Round((decimal)sum / count);
    }
}
