using MessagePack;

namespace Orchestrator.LoadGenerator;

/// <summary>The mission summary of a <c>MissionChanged</c>: its id and version, which match it to its update.</summary>
[MessagePackObject]
public sealed class BatchMission
{
    [Key("id")]
    public string Id { get; set; } = "";

    [Key("version")]
    public long Version { get; set; }
}
