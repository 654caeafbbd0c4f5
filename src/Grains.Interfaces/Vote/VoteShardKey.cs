using System.Text;

namespace Orchestrator.Grains.Interfaces.Vote;

/// <summary>
/// Ballots are spread over <see cref="Count"/> shard grains keyed "{editionId}/{shard}", so a burst of
/// guests never queues on one grain. A guest always lands on the same shard: the hash is FNV-1a of the
/// guest id, stable across processes and versions (unlike <see cref="string.GetHashCode()"/>). Changing
/// <see cref="Count"/> moves guests between shards: never change it once an edition has ballots.
/// </summary>
public static class VoteShardKey
{
    public const int Count = 32;

    public static string For(string editionId, string guestId) => Of(editionId, ShardOf(guestId));

    public static string Of(string editionId, int shard) => $"{editionId}/{shard}";

    public static IEnumerable<string> All(string editionId) => Enumerable.Range(0, Count).Select(s => Of(editionId, s));

    public static (string EditionId, int Shard) Parse(string key)
    {
        var slash = key.LastIndexOf('/');
        if (slash <= 0 || !int.TryParse(key.AsSpan(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var shard))
        {
            throw new ArgumentException($"'{key}' is not a vote shard key.", nameof(key));
        }

        return (key[..slash], shard);
    }

    public static int ShardOf(string guestId)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(guestId))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return (int)(hash % Count);
    }
}
