namespace Orchestrator.Grains.Live;

/// <summary>Bound from <c>Orchestrator:Live</c>.</summary>
public sealed class LiveOptions
{
    public const string Section = "Orchestrator:Live";

    /// <summary>
    /// An edition's events leave at most once per window: the first after a quiet window at once, the rest
    /// of a burst together when the window ends (presence pushes gather for one window).
    /// </summary>
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>How long a publisher trusts its list of hosts before asking the registry again.</summary>
    public TimeSpan HostListRefresh { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A host that has not renewed its registration for this long is dropped.</summary>
    public TimeSpan HostTimeToLive { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a web host renews its registration (each host adds up to a tenth of it at random).</summary>
    public TimeSpan HostRenewEvery { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a publisher keeps a batch while it knows no host to send it to (a registry failing over).</summary>
    public TimeSpan HoldWithoutHosts { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often a web host tells each edition's audience on it the edition's current version, so a
    /// screen that missed an event resyncs within one beat even if nothing else changes.
    /// </summary>
    public TimeSpan HeartbeatEvery { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>How often a web host renews the presence of its team-page connections.</summary>
    public TimeSpan PresenceRenewEvery { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A host's team-page connections not renewed for this long are no longer present (the host died).</summary>
    public TimeSpan PresenceTimeToLive { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>
    /// How many live connections a web host sets up at once (from the first request to the screen's
    /// first join); the others wait their turn. After a restart thousands of screens come back within
    /// seconds: in turns, each is set up fast and the team leads' updates still get the processor.
    /// </summary>
    public int ConnectionSetupsAtOnce { get; set; } = 32;

    /// <summary>How long a connection waits for its turn before it is answered 503 (the page tries again later).</summary>
    public TimeSpan ConnectionSetupWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A turn ends at the screen's first join, or after this long whatever the client does.</summary>
    public TimeSpan ConnectionSetupTurnAtMost { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Every period positive, and each time to live longer than its renewal period: otherwise a
    /// living host, or a present volunteer, would be dropped between two renewals.
    /// </summary>
    public bool IsValid =>
        BatchWindow > TimeSpan.Zero
        && HostListRefresh > TimeSpan.Zero
        && HostRenewEvery > TimeSpan.Zero
        && PresenceRenewEvery > TimeSpan.Zero
        && HoldWithoutHosts > TimeSpan.Zero
        && HeartbeatEvery > TimeSpan.Zero
        && ConnectionSetupsAtOnce > 0
        && ConnectionSetupWait > TimeSpan.Zero
        && ConnectionSetupTurnAtMost > TimeSpan.Zero
        && HostTimeToLive > HostRenewEvery
        && PresenceTimeToLive > PresenceRenewEvery;
}
