namespace Orchestrator.Grains.Interfaces.Missions;

/// <summary>A mission grain is keyed "{editionId}/{missionId}"; slugs never contain '/'.</summary>
public static class MissionKey
{
    public static string For(string editionId, string missionId) => $"{editionId}/{missionId}";

    public static (string EditionId, string MissionId) Parse(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == key.Length - 1)
        {
            throw new ArgumentException($"'{key}' is not a mission key.", nameof(key));
        }

        return (key[..slash], key[(slash + 1)..]);
    }
}
