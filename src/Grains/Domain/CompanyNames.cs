namespace Orchestrator.Grains.Domain;

/// <summary>
/// Companies as people type them ("Mazars", "mazars ", "MAZARS"): one company per name ignoring case and
/// surrounding spaces, shown in its most frequent spelling (a tie goes to the ordinal first, so capitals win).
/// </summary>
public static class CompanyNames
{
    public static IReadOnlyList<(string Company, int Count)> Group(IEnumerable<string> names) => names
        .Select(c => c.Trim())
        .Where(c => c.Length > 0)
        .GroupBy(c => c.ToUpperInvariant(), StringComparer.Ordinal)
        .Select(g => (g.GroupBy(c => c, StringComparer.Ordinal).OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key, g.Count()))
        .ToList();
}
