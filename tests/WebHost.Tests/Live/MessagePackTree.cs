using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>
/// What MessagePack's default resolvers decode an untyped value into (maps, arrays, strings, numbers of
/// any width, booleans, null), as JSON: so a test reads a MessagePack payload as it reads a JSON one.
/// Anything without a JSON shape (binary, a timestamp) fails the test.
/// </summary>
internal static class MessagePackTree
{
    public static JsonElement ToJson(object? value) => JsonSerializer.SerializeToElement(ToNode(value));

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        IDictionary<object, object?> map => new JsonObject(map.Select(p => KeyValuePair.Create(Key(p.Key), ToNode(p.Value)))),
        object[] items => new JsonArray([.. items.Select(ToNode)]),
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        byte or sbyte or short or ushort or int or uint or long => JsonValue.Create(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        ulong large => JsonValue.Create(large),
        float or double => JsonValue.Create(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        _ => throw new InvalidOperationException($"A {value.GetType().Name} has no JSON shape."),
    };

    private static string Key(object key) =>
        key as string ?? throw new InvalidOperationException($"A map key must be a string, not a {key.GetType().Name}.");
}
