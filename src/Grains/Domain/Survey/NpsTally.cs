namespace Orchestrator.Grains.Domain.Survey;

/// <summary>
/// Net Promoter Score of those who answered: % promoters (9–10) − % detractors (0–6), one decimal
/// (<see cref="OneDecimal"/>), from −100 to 100. Passives (7–8) count in the whole only. Null with no answer.
/// </summary>
public sealed record NpsTally(int Promoters, int Passives, int Detractors)
{
    public const int DetractorMax = 6;
    public const int PromoterMin = 9;

    public int Answered => Promoters + Passives + Detractors;

    public decimal? Score => Answered == 0 ? null : OneDecimal.Round((Promoters - Detractors) * 100m / Answered);

    public static NpsTally Of(IEnumerable<int> scores)
    {
        int promoters = 0, passives = 0, detractors = 0;
        foreach (var score in scores)
        {
            if (score >= PromoterMin)
            {
                promoters++;
            }
            else if (score <= DetractorMax)
            {
                detractors++;
            }
            else
            {
                passives++;
            }
        }

        return new NpsTally(promoters, passives, detractors);
    }
}
