using System.Buffers;
using System.Text.Json;
using MessagePack;
using MessagePack.Formatters;

namespace Orchestrator.WebHost.Hubs.Protocol;

/// <summary>A value as its JSON tree, in MessagePack: serialised by System.Text.Json, then transcoded.</summary>
internal sealed class JsonShapedFormatter<T>(JsonSerializerOptions json) : IMessagePackFormatter<T>
{
    public void Serialize(ref MessagePackWriter writer, T value, MessagePackSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNil();
            return;
        }

        JsonMessagePack.Write(JsonSerializer.SerializeToUtf8Bytes(value, json), ref writer);
    }

    public T Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
    {
        if (reader.TryReadNil())
        {
            return default!;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonMessagePack.Read(ref reader, writer, options);
        }

        return JsonSerializer.Deserialize<T>(buffer.WrittenSpan, json)!;
    }
}
