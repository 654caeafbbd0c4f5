using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Orchestrator.Browser.Tests.Infrastructure;

/// <summary>
/// A phone losing the venue's network, seen from the server: while a token is cut, every request made
/// with it is dropped (its connection aborted, as a lost network would), so the page's calls fail
/// whatever Chromium's offline emulation lets through (a service-worker-controlled page's API calls
/// have slipped past it). The test's own calls, with other tokens, still get through.
/// </summary>
public sealed class NetworkCut : IStartupFilter
{
    private readonly ConcurrentDictionary<string, byte> _cut = new(StringComparer.Ordinal);

    public IDisposable Cut(string token)
    {
        _cut[token] = 0;
        return new Restore(() => _cut.TryRemove(token, out _));
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (http, rest) =>
        {
            var bearer = http.Request.Headers.Authorization.ToString();
            var token = bearer.StartsWith("Bearer ", StringComparison.Ordinal) ? bearer[7..] : http.Request.Query["access_token"].ToString();
            if (token.Length > 0 && _cut.ContainsKey(token))
            {
                http.Abort();
                return;
            }

            await rest(http);
        });
        next(app);
    };

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
