using System.Globalization;

namespace Orchestrator.LoadGenerator;

/// <summary>Command-line options. Every loop is bounded by <see cref="Duration"/> and the counts given.</summary>
internal sealed class BenchOptions
{
    public Uri? Url { get; private set; }

    public string? Token { get; private set; }

    public int Screens { get; private set; } = 200;

    public int Missions { get; private set; } = 20;

    /// <summary>Milestone updates per second, all team leads together.</summary>
    public double Rate { get; private set; } = 20;

    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The same load first, unmeasured, until the JIT settles in the server and here, for at most this long
    /// (<c>--warmup</c>, seconds; 0: none): see <see cref="JitWarmUp"/>.
    /// </summary>
    public TimeSpan Warmup { get; private set; } = TimeSpan.FromSeconds(120);

    public int? ServerPid { get; private set; }

    public bool Raw { get; private set; }

    /// <summary>Hold <see cref="Screens"/> idle connections, then send one update (<c>--hold</c>).</summary>
    public bool Hold { get; private set; }

    /// <summary>Screens reconnect through a web host restart while leads keep updating (<c>--storm</c>, with bench/storm.sh).</summary>
    public bool Storm { get; private set; }

    public int RawPort { get; private set; } = 5099;

    /// <summary>Run the bare hub alone, as a process of its own, until stopped (<c>--raw-serve</c>; see <see cref="RawServe"/>).</summary>
    public bool RawServe { get; private set; }

    /// <summary>The raw run's hub is that <c>--raw-serve</c> process, not one in this process (<c>--raw-url</c>).</summary>
    public Uri? RawUrl { get; private set; }

    /// <summary>That process's id, for its memory (<c>--raw-pid</c>).</summary>
    public int? RawPid { get; private set; }

    /// <summary>Screens (and the raw hub) speak SignalR's MessagePack protocol instead of JSON (<c>--msgpack</c>).</summary>
    public bool MessagePack { get; private set; }

    /// <summary>The closing vote's burst: this many guests each cast a ballot (<c>--ballots</c>).</summary>
    public int Ballots { get; private set; }

    /// <summary>Ballot requests open at once (<c>--in-flight</c>).</summary>
    public int InFlight { get; private set; } = 256;

    /// <summary>
    /// <c>--failover</c>: screens and leads on every host of <see cref="Urls"/>, then the silo holding the
    /// edition is named in <see cref="KillFile"/> for the script to SIGKILL (bench/failover.sh).
    /// </summary>
    public bool Failover { get; private set; }

    /// <summary>The web hosts of one cluster (<c>--urls A,B</c>).</summary>
    public List<Uri> Urls { get; } = [];

    /// <summary>Each silo's port and process id (<c>--silo-pids 11900=1234,11901=1235</c>).</summary>
    public Dictionary<int, int> SiloPids { get; } = [];

    public string? KillFile { get; private set; }

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--url": o.Url = new Uri(Value()); break;
                case "--token": o.Token = Value(); break;
                case "--screens": o.Screens = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--missions": o.Missions = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--rate": o.Rate = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--duration": o.Duration = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)); break;
                case "--warmup": o.Warmup = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)); break;
                case "--server-pid": o.ServerPid = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--raw": o.Raw = true; break;
                case "--hold": o.Hold = true; break;
                case "--storm": o.Storm = true; break;
                case "--raw-port": o.RawPort = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--raw-serve": o.RawServe = true; break;
                case "--raw-url": o.RawUrl = new Uri(Value()); break;
                case "--raw-pid": o.RawPid = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--msgpack": o.MessagePack = true; break;
                case "--ballots": o.Ballots = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--in-flight": o.InFlight = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--failover": o.Failover = true; break;
                case "--urls": o.Urls.AddRange(Value().Split(',').Select(u => new Uri(u))); break;
                case "--silo-pids":
                    foreach (var pair in Value().Split(',').Select(p => p.Split('=')))
                    {
                        o.SiloPids[int.Parse(pair[0], CultureInfo.InvariantCulture)] = int.Parse(pair[^1], CultureInfo.InvariantCulture);
                    }

                    break;
                case "--kill-file": o.KillFile = Value(); break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        if (o.Hold && (o.Url is null || o.Raw))
        {
            throw new ArgumentException("--hold needs --url and --token, and runs alone (no --raw).");
        }

        if (o.Storm && (o.Url is null || o.Raw || o.Hold))
        {
            throw new ArgumentException("--storm needs --url and --token, and runs alone (no --raw, no --hold).");
        }

        if (o.Ballots != 0 && (o.Url is null || o.Raw || o.Hold || o.Ballots is < 1 or > 50_000 || o.InFlight is < 1 or > 10_000))
        {
            throw new ArgumentException("--ballots (1–50000) needs --url and --token and runs alone; --in-flight 1–10000.");
        }

        if (o.Failover && (o.Urls.Count == 0 || o.Token is null || !o.Urls.All(IsLoopback) || o.SiloPids.Count < 2 || o.KillFile is null || o.Url is not null || o.Raw || o.Hold || o.Ballots != 0))
        {
            throw new ArgumentException("--failover needs --urls (loopback), --token, --silo-pids (two silos or more) and --kill-file, and runs alone.");
        }

        if (o.RawServe && (o.Url is not null || o.Raw || o.Failover))
        {
            throw new ArgumentException("--raw-serve runs the bare hub alone (with --raw-port and --msgpack at most).");
        }

        if (o.RawUrl is not null && (!o.Raw || !IsLoopback(o.RawUrl)))
        {
            throw new ArgumentException("--raw-url (a --raw-serve process on 127.0.0.1) goes with --raw.");
        }

        if (o.Url is null && !o.Raw && !o.Failover && !o.RawServe)
        {
            throw new ArgumentException("Give --url and --token (the grain path), --raw (the bare hub), or both.");
        }

        if (o.Url is not null && (o.Token is null || !IsLoopback(o.Url)))
        {
            throw new ArgumentException("--url must point at 127.0.0.1 or localhost, and --token is required with it.");
        }

        if (o.Screens is < 1 or > 20_000 || o.Missions is < 1 or > 1_000 || o.Rate is <= 0 or > 10_000 || o.Duration > TimeSpan.FromMinutes(10)
            || o.Warmup < TimeSpan.Zero || o.Warmup > TimeSpan.FromMinutes(2))
        {
            throw new ArgumentException("Out of range: screens 1–20000, missions 1–1000, rate 0–10000/s, duration ≤ 600 s, warm-up 0–120 s.");
        }

        return o;
    }

    private static bool IsLoopback(Uri url) => url.Host is "127.0.0.1" or "localhost";
}
