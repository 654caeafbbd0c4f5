using System.Net;

namespace Orchestrator.LoadGenerator;

/// <summary>The bare hub's web host on 127.0.0.1:<see cref="BenchOptions.RawPort"/>: in this process (<c>--raw</c>), or as one of its own (<c>--raw-serve</c>).</summary>
internal static class RawHubHost
{
    public static WebApplication Build(BenchOptions o)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, o.RawPort));
        var signalR = builder.Services.AddSignalR();
        if (o.MessagePack)
        {
            signalR.AddMessagePackProtocol();
        }

        var app = builder.Build();
        app.UseWebSockets();
        app.MapHub<RawHub>("/raw");
        return app;
    }
}
