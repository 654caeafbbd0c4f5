using System.Net.Sockets;
using System.Text;

namespace Orchestrator.WebHost.Tests.Infrastructure;

/// <summary>
/// Sends a request byte for byte over a socket, so paths reach the server exactly as written
/// (HttpClient would normalise <c>..</c> and escapes) and bodies may be anything at all.
/// </summary>
public static class RawHttp
{
    public sealed record Answer(int Status, string? ContentType, string Head);

    public static async Task<Answer> Send(Uri server, string method, string target, IReadOnlyDictionary<string, string> headers, byte[]? body)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();
        var head = new StringBuilder($"{method} {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        if (body is not null && !headers.ContainsKey("Transfer-Encoding"))
        {
            head.Append("Content-Length: ").Append(body.Length).Append("\r\n");
        }

        head.Append("\r\n");
        try
        {
            await stream.WriteAsync(Encoding.Latin1.GetBytes(head.ToString()));
            if (body is not null)
            {
                await stream.WriteAsync(body);
            }
        }
        catch (IOException)
        {
            // The server may answer (413) and close before it has read a huge body: read what it said.
        }

        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException) when (received.Length > 0)
        {
        }

        var text = Encoding.Latin1.GetString(received.ToArray());
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headText = end < 0 ? text : text[..end];
        var lines = headText.Split("\r\n");
        var status = lines[0].Split(' ') is { Length: >= 2 } parts && int.TryParse(parts[1], out var s) ? s : 0;
        var contentType = lines.Skip(1)
            .Where(l => l.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase))
            .Select(l => l["Content-Type:".Length..].Trim().Split(';')[0])
            .FirstOrDefault();
        return new Answer(status, contentType, headText);
    }
}
