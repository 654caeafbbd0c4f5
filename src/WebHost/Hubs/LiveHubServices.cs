using Microsoft.AspNetCore.SignalR;
using Orchestrator.WebHost.Errors;
using Orchestrator.WebHost.Hubs.Protocol;
using Orchestrator.WebHost.Realtime;

namespace Orchestrator.WebHost.Hubs;

public static class LiveHubServices
{
    /// <summary>Messages from clients are small (ids); anything larger is refused before it is read.</summary>
    public const int MaximumReceiveMessageBytes = 32 * 1024;

    public const string Path = "/hubs/live";

    /// <summary>
    /// SignalR with the live hub's token checks (<see cref="LiveHubTokenFilter"/>: revocation, connections per
    /// token) and input checks (<see cref="LiveHubInputFilter"/>) in front of every method; JSON or, for
    /// clients that ask, MessagePack (<see cref="LiveMessagePack"/>).
    /// </summary>
    public static IServiceCollection AddLiveHub(this IServiceCollection services)
    {
        services.AddSingleton<LiveConnections>();
        services.AddSingleton<EditionSnapshots>();
        services.AddSingleton<LiveSetupGate>();
        services.AddSingleton<LiveSetupTurnFilter>();
        services.AddSingleton<LiveTokenChecks>();
        services.AddSingleton<LiveHubTokenFilter>();
        services.AddSingleton<LiveHubInputFilter>();
        services.AddSignalR(o => o.MaximumReceiveMessageSize = MaximumReceiveMessageBytes)
            .AddHubOptions<LiveHub>(o =>
            {
                o.AddFilter<LiveSetupTurnFilter>();
                o.AddFilter<LiveHubTokenFilter>();
                o.AddFilter<LiveHubInputFilter>();
                o.AddFilter<LiveAudienceFilter>();
                o.AddFilter<TransientHubFilter>();
            })
            .AddLiveMessagePack();
        return services;
    }
}
