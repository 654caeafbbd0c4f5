using Orchestrator.LoadGenerator;

// Connects N screens to a running Orchestrator (127.0.0.1 only), has M team leads move milestones
// at a given rate, and reports update → screen latency; --raw adds a bare-hub broadcast for comparison;
// --msgpack has the screens (and the raw hub) speak MessagePack instead of JSON;
// --hold holds N idle screens and sends one update (connect time, delivery, server memory);
// --ballots N has N guests vote at once (ballots acknowledged per second, latency, exact tally);
// --storm holds N screens through a web host restart (bench/storm.sh): time until all are back, leads' latency meanwhile;
// --failover watches a cluster lose the silo holding the edition (bench/failover.sh does the kill).
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine("usage: --url http://127.0.0.1:5080 --token ADMIN [--screens 200] [--missions 20] [--rate 20] [--duration 20] [--server-pid PID] [--raw [--raw-url http://127.0.0.1:5099 --raw-pid PID]] [--raw-port 5099] [--msgpack] [--hold] [--storm] [--ballots 5000 [--in-flight 256]]");
    Console.Error.WriteLine("       --failover --urls http://127.0.0.1:5280,http://127.0.0.1:5281 --token ADMIN --silo-pids 11900=PID,11901=PID --kill-file PATH [--screens 200] [--missions 20] [--rate 10] [--duration 5 (before the kill)]");
    Console.Error.WriteLine("       --raw-serve [--raw-port 5099] [--msgpack]   (the bare hub alone, for --raw-url)");
    return 2;
}

if (options.RawServe)
{
    await RawServe.Run(options);
    return 0;
}

if (options.Ballots > 0)
{
    Console.WriteLine($"{Environment.ProcessorCount} cores; {options.Ballots} guests vote at once");
    Console.WriteLine(await BallotRun.Run(options));
    return 0;
}

if (options.Storm)
{
    Console.WriteLine($"{Environment.ProcessorCount} cores; storm of {options.Screens} screens, {options.Missions} leads at {options.Rate}/s");
    Console.WriteLine(await StormRun.Run(options));
    return 0;
}

if (options.Failover)
{
    Console.WriteLine($"{Environment.ProcessorCount} cores; failover: screens={options.Screens} on {options.Urls.Count} hosts, missions={options.Missions}, rate={options.Rate}/s");
    var failover = await FailoverRun.Run(options);
    Console.WriteLine(failover.Report);
    return failover.Complete ? 0 : 1;
}

if (options.Hold)
{
    Console.WriteLine($"{Environment.ProcessorCount} cores; hold {options.Screens} screens");
    Console.WriteLine(await HoldRun.Run(options));
    return 0;
}

Console.WriteLine($"{Environment.ProcessorCount} cores; screens={options.Screens} missions={options.Missions} rate={options.Rate}/s duration={options.Duration.TotalSeconds}s protocol={(options.MessagePack ? "messagepack" : "json")}");
var results = new List<RunResult>();
if (options.Url is not null)
{
    results.Add(await GrainRun.Run(options));
}

if (options.Raw)
{
    results.Add(await RawRun.Run(options));
}

foreach (var result in results)
{
    Console.WriteLine(result);
}

if (results.Count == 2 && results[1].Latency.P99 > 0)
{
    Console.WriteLine($"grain p99 / raw p99 = {results[0].Latency.P99 / results[1].Latency.P99:F2}");
}

return 0;
