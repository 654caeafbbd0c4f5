using MessagePack;

namespace Orchestrator.LoadGenerator;

/// <summary>A batch event's payload: only a <c>MissionChanged</c>'s mission is read.</summary>
[MessagePackObject]
public sealed class BatchPayload
{
    [Key("mission")]
    public BatchMission? Mission { get; set; }
}
