using Microsoft.AspNetCore.SignalR;

namespace Orchestrator.LoadGenerator;

/// <summary>A bare hub: the server side of the raw broadcast, with no grains, auth or groups.</summary>
internal sealed class RawHub : Hub;
