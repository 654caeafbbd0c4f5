namespace Orchestrator.Grains.Domain;

/// <summary>
/// Figures shown with one decimal (NPS, means, rates) are rounded half away from zero (6.25 → 6.3,
/// −6.25 → −6.3), as people round by hand, not half to even (.NET's default, which gives 6.2).
/// Computed in <see cref="decimal"/> so a quotient like 1/16 = 6.25 % is exact and its midpoint is met.
/// </summary>
public static class OneDecimal
{
    public static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    /// <summary><paramref name="part"/> as a percent of <paramref name="whole"/>, one decimal; null when the whole is 0.</summary>
    public static decimal? Percent(int part, int whole) => whole == 0 ? null : Round(part * 100m / whole);
}
