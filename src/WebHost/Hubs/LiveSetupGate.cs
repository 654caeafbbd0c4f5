using Microsoft.Extensions.Options;
using Orchestrator.Grains.Live;

namespace Orchestrator.WebHost.Hubs;

/// <summary>
/// Turns for setting up live connections (<see cref="LiveOptions.ConnectionSetupsAtOnce"/> at a time):
/// after a web host restart every screen of the venue reconnects within seconds, and set up all at once
/// they would time out together and starve the team leads' requests. A turn ends when the connection
/// has joined what it watches, when its request ends, or after <see cref="LiveOptions.ConnectionSetupTurnAtMost"/>
/// whatever the client does, so a client that never joins cannot keep it.
/// </summary>
internal sealed class LiveSetupGate(IOptions<LiveOptions> options, TimeProvider time)
{
    private readonly SemaphoreSlim _turns = new(options.Value.ConnectionSetupsAtOnce);

    /// <summary>This request's turn, or null when none came within <see cref="LiveOptions.ConnectionSetupWait"/>.</summary>
    public async Task<LiveSetupTurn?> Wait(CancellationToken aborted)
    {
        if (!await _turns.WaitAsync(options.Value.ConnectionSetupWait, aborted))
        {
            return null;
        }

        return new LiveSetupTurn(_turns, options.Value.ConnectionSetupTurnAtMost, time);
    }
}
