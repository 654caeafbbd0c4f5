using System.Collections.Concurrent;
using System.Text.Json;
using MessagePack;
using MessagePack.Formatters;
using Orchestrator.WebHost.Api.Contracts;

namespace Orchestrator.WebHost.Hubs.Protocol;

/// <summary>
/// MessagePack formatters for the HTTP/SignalR contracts (<see cref="LiveEnvelope"/>'s namespace): each is
/// written as the same tree its JSON would be (camelCase names, dates as ISO strings, the same nulls), so a
/// client reads the same payloads in either protocol. Other types are left to the resolvers after this one.
/// </summary>
internal sealed class JsonShapedResolver(JsonSerializerOptions json) : IFormatterResolver
{
    private static readonly string ContractsNamespace = typeof(LiveEnvelope).Namespace!;

    private readonly ConcurrentDictionary<Type, IMessagePackFormatter?> _formatters = new();

    public IMessagePackFormatter<T>? GetFormatter<T>() =>
        (IMessagePackFormatter<T>?)_formatters.GetOrAdd(typeof(T), static (type, json) => IsContract(type) ? new JsonShapedFormatter<T>(json) : null, json);

    public static bool IsContract(Type type) =>
        type.Namespace is { } ns && (ns == ContractsNamespace || ns.StartsWith(ContractsNamespace + ".", StringComparison.Ordinal));
}
