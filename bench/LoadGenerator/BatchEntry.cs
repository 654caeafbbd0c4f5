using MessagePack;

namespace Orchestrator.LoadGenerator;

/// <summary>
/// One event of an <c>Events</c> batch in MessagePack, as far as <see cref="MissionChanges"/> reads it; the
/// keys it does not name are skipped. Public: MessagePack builds its reader at run time.
/// </summary>
[MessagePackObject]
public sealed class BatchEntry
{
    [Key("name")]
    public string? Name { get; set; }

    [Key("payload")]
    public BatchPayload? Payload { get; set; }
}
