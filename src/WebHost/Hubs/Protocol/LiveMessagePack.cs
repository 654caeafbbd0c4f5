using System.Text.Json;
using MessagePack;
using MessagePack.Resolvers;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Orchestrator.WebHost.Hubs.Protocol;

/// <summary>
/// The live hub also speaks SignalR's MessagePack protocol, for clients that ask for it (JSON stays the
/// default). Its payloads have the JSON protocol's shape (<see cref="JsonShapedResolver"/>): the same names
/// and values, in binary.
/// </summary>
public static class LiveMessagePack
{
    /// <summary>MessagePack options whose contracts are written as the JSON <paramref name="json"/> writes them.</summary>
    public static MessagePackSerializerOptions Options(JsonSerializerOptions json) =>
        MessagePackSerializerOptions.Standard
            .WithResolver(CompositeResolver.Create(new JsonShapedResolver(json), DynamicEnumAsStringResolver.Instance, ContractlessStandardResolver.Instance))
            .WithSecurity(MessagePackSecurity.UntrustedData);

    public static ISignalRServerBuilder AddLiveMessagePack(this ISignalRServerBuilder signalR)
    {
        signalR.AddMessagePackProtocol();
        signalR.Services.AddOptions<MessagePackHubProtocolOptions>()
            .Configure<IOptions<JsonHubProtocolOptions>>((messagePack, json) => messagePack.SerializerOptions = Options(json.Value.PayloadSerializerOptions));
        return signalR;
    }
}
