using System.Text.Json;
using MessagePack;

namespace Orchestrator.WebHost.Hubs.Protocol;

/// <summary>
/// JSON and MessagePack trees into each other: objects ↔ maps with string keys, arrays, strings, numbers
/// (integers stay integers), booleans and null. Nothing else (binary, extensions) has a JSON shape.
/// </summary>
internal static class JsonMessagePack
{
    /// <summary>
    /// A JSON document as MessagePack. A map or array header holds its length, which JSON gives only at
    /// its end: a first pass counts each container's entries, the second writes.
    /// </summary>
    public static void Write(ReadOnlySpan<byte> json, ref MessagePackWriter writer)
    {
        var counts = Count(json);
        var next = 0;
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    writer.WriteMapHeader(counts[next++]);
                    break;
                case JsonTokenType.StartArray:
                    writer.WriteArrayHeader(counts[next++]);
                    break;
                case JsonTokenType.PropertyName or JsonTokenType.String:
                    WriteString(ref reader, ref writer);
                    break;
                case JsonTokenType.Number:
                    WriteNumber(ref reader, ref writer);
                    break;
                case JsonTokenType.True or JsonTokenType.False:
                    writer.Write(reader.GetBoolean());
                    break;
                case JsonTokenType.Null:
                    writer.WriteNil();
                    break;
            }
        }
    }

    /// <summary>One MessagePack value (and all it holds) as JSON.</summary>
    public static void Read(ref MessagePackReader reader, Utf8JsonWriter writer, MessagePackSerializerOptions options)
    {
        options.Security.DepthStep(ref reader);
        try
        {
            switch (reader.NextMessagePackType)
            {
                case MessagePackType.Map:
                    var properties = reader.ReadMapHeader();
                    writer.WriteStartObject();
                    for (var i = 0; i < properties; i++)
                    {
                        if (reader.NextMessagePackType != MessagePackType.String)
                        {
                            throw new MessagePackSerializationException("A map key must be a string to have a JSON shape.");
                        }

                        writer.WritePropertyName(reader.ReadString()!);
                        Read(ref reader, writer, options);
                    }

                    writer.WriteEndObject();
                    break;
                case MessagePackType.Array:
                    var items = reader.ReadArrayHeader();
                    writer.WriteStartArray();
                    for (var i = 0; i < items; i++)
                    {
                        Read(ref reader, writer, options);
                    }

                    writer.WriteEndArray();
                    break;
                case MessagePackType.String:
                    writer.WriteStringValue(reader.ReadString());
                    break;
                case MessagePackType.Integer when reader.NextCode == MessagePackCode.UInt64:
                    writer.WriteNumberValue(reader.ReadUInt64());
                    break;
                case MessagePackType.Integer:
                    writer.WriteNumberValue(reader.ReadInt64());
                    break;
                case MessagePackType.Float:
                    writer.WriteNumberValue(reader.ReadDouble());
                    break;
                case MessagePackType.Boolean:
                    writer.WriteBooleanValue(reader.ReadBoolean());
                    break;
                case MessagePackType.Nil:
                    reader.ReadNil();
                    writer.WriteNullValue();
                    break;
                default:
                    throw new MessagePackSerializationException($"A MessagePack {reader.NextMessagePackType} has no JSON shape.");
            }
        }
        finally
        {
            reader.Depth--;
        }
    }

    /// <summary>The entries of each object (its properties) and array (its items), in the order they open.</summary>
    private static List<int> Count(ReadOnlySpan<byte> json)
    {
        var counts = new List<int>();
        var open = new Stack<(int Index, bool IsArray)>();
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    CountItem(counts, open);
                    counts.Add(0);
                    open.Push((counts.Count - 1, reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    open.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    counts[open.Peek().Index]++;
                    break;
                default:
                    CountItem(counts, open);
                    break;
            }
        }

        return counts;

        // A value counts as an entry of the array it is in; in an object, its property name counted it.
        static void CountItem(List<int> counts, Stack<(int Index, bool IsArray)> open)
        {
            if (open.TryPeek(out var parent) && parent.IsArray)
            {
                counts[parent.Index]++;
            }
        }
    }

    private static void WriteString(ref Utf8JsonReader reader, ref MessagePackWriter writer)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            writer.WriteString(reader.ValueSpan);
        }
        else
        {
            writer.Write(reader.GetString());
        }
    }

    private static void WriteNumber(ref Utf8JsonReader reader, ref MessagePackWriter writer)
    {
        if (reader.TryGetInt64(out var integer))
        {
            writer.Write(integer);
        }
        else if (reader.TryGetUInt64(out var large))
        {
            writer.Write(large);
        }
        else
        {
            writer.Write(reader.GetDouble());
        }
    }
}
