using System.Text.Json;
using MessagePack;
using Microsoft.AspNetCore.SignalR;
using Orchestrator.WebHost.Api.Contracts;
using Orchestrator.WebHost.Hubs;
using Orchestrator.WebHost.Hubs.Protocol;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>
/// The live hub's MessagePack payloads have their JSON's shape: what a MessagePack client with no knowledge
/// of our types decodes (SignalR's default resolvers, as the pages' client does) is the JSON tree, and
/// a .NET client with our resolver gets the same objects back.
/// </summary>
public sealed class JsonShapedMessagePackTests
{
    private static readonly JsonSerializerOptions Json = new JsonHubProtocolOptions().PayloadSerializerOptions;
    private static readonly MessagePackSerializerOptions Ours = LiveMessagePack.Options(Json);
    private static readonly MessagePackSerializerOptions AnyClient = new MessagePackHubProtocolOptions().SerializerOptions;

    private static readonly LiveEnvelope[] Batch =
    [
        LiveEditionEvents.MissionChanged(new LiveMissionChanged("edition-1", 12, new MissionSummaryResponse(
            "alpha", "Mission « alpha »\n\"quoted\"", "asso", "Association", 40, "onTrack", 3,
            new DateTimeOffset(2026, 12, 2, 9, 30, 15, 250, TimeSpan.FromHours(1)), 2, 5, 4, 0, null, 0, 0))),
        LiveEditionEvents.Announcement(new LiveAnnouncement("edition-1", 13, "a1", "Restitutions", DateTimeOffset.UnixEpoch, null, true)),
        LiveEditionEvents.Revealed(new LiveRevealed("edition-1", 14, "alpha", ["beta", "alpha"], true)),
        LiveEditionEvents.EditionChanged(new LiveEditionChanged("edition-1", long.MaxValue, new CountersResponse(1, 1, 0, 0, 0, 0, 0))),
    ];

    [Fact]
    public void Batch_DecodedByAnyMessagePackClient_IsItsJsonTree()
    {
        var bytes = MessagePackSerializer.Serialize(Batch, Ours);

        var decoded = MessagePackTree.ToJson(MessagePackSerializer.Deserialize<object>(bytes, AnyClient));

        Assert.True(JsonElement.DeepEquals(JsonSerializer.SerializeToElement(Batch, Json), decoded), decoded.GetRawText());
        var mission = decoded[0].GetProperty("payload").GetProperty("mission");
        Assert.Equal("2026-12-02T09:30:15.25+01:00", mission.GetProperty("lastUpdateAt").GetString());
        Assert.Equal(JsonValueKind.Null, mission.GetProperty("currentMilestone").ValueKind);
    }

    [Fact]
    public void Batch_ReadBackWithOurResolver_HasTheSamePayloads()
    {
        var bytes = MessagePackSerializer.Serialize(Batch, Ours);

        var back = MessagePackSerializer.Deserialize<LiveEnvelope[]>(bytes, Ours);

        Assert.Equal(Batch.Select(e => e.Name), back.Select(e => e.Name));
        Assert.True(JsonElement.DeepEquals(JsonSerializer.SerializeToElement(Batch, Json), JsonSerializer.SerializeToElement(back, Json)));
    }

    [Fact]
    public void NonContractTypes_KeepMessagePacksOwnFormat()
    {
        var bytes = MessagePackSerializer.Serialize("edition-1", Ours);

        Assert.Equal(MessagePackSerializer.Serialize("edition-1", AnyClient), bytes);
    }

    [Fact]
    public void MapWithoutStringKeys_HasNoJsonShape_AndIsRefused()
    {
        var bytes = MessagePackSerializer.Serialize(new Dictionary<int, string> { [1] = "x" }, AnyClient);

        var refused = Assert.Throws<MessagePackSerializationException>(() => MessagePackSerializer.Deserialize<LiveHeartbeat>(bytes, Ours));
        Assert.Contains("string", refused.ToString(), StringComparison.Ordinal);
    }
}
