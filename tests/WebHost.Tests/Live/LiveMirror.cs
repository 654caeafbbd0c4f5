using System.Text.Json;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>
/// What an outside client keeps, following docs/live-protocol.md: the snapshot, then events applied in
/// version order; an event whose version skips one means something was missed.
/// </summary>
public sealed class LiveMirror
{
    public long Version { get; private set; }

    private long _snapshotVersion;

    public Dictionary<string, long> MissionVersions { get; } = new(StringComparer.Ordinal);

    public void Load(JsonElement snapshot)
    {
        Version = snapshot.GetProperty("version").GetInt64();
        _snapshotVersion = Version;
        MissionVersions.Clear();
        foreach (var mission in snapshot.GetProperty("missions").EnumerateArray())
        {
            MissionVersions[mission.GetProperty("id").GetString()!] = mission.GetProperty("version").GetInt64();
        }
    }

    /// <returns>False when the event reveals a gap: the client must join again.</returns>
    public bool Apply(LiveEvent e)
    {
        if (e.Version <= _snapshotVersion)
        {
            return true; // already in the snapshot
        }

        if (e.Version > Version + 1)
        {
            return false;
        }

        if (e.Name == "MissionChanged")
        {
            var mission = e.Payload.GetProperty("mission");
            var id = mission.GetProperty("id").GetString()!;
            var version = mission.GetProperty("version").GetInt64();
            if (!MissionVersions.TryGetValue(id, out var known) || version > known)
            {
                MissionVersions[id] = version;
            }
        }

        Version = Math.Max(Version, e.Version);
        return true;
    }
}
