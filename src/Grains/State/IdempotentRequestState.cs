using Orchestrator.Grains.Interfaces.Requests;

namespace Orchestrator.Grains.State;

[GenerateSerializer]
public sealed class IdempotentRequestState
{
    [Id(0)] public string Fingerprint { get; set; } = "";

    [Id(1)] public RecordedResponse? Response { get; set; }

    [Id(2)] public DateTimeOffset AnsweredAt { get; set; }
}
