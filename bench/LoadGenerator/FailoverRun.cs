using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;

namespace Orchestrator.LoadGenerator;

/// <summary>
/// <c>--failover</c>, one round: a fresh edition, screens on every web host following the live protocol,
/// one lead per mission updating at <c>--rate</c> in total for <c>--duration</c> seconds; then the silo
/// holding the edition is written to <c>--kill-file</c> and the script SIGKILLs it. Measured from the
/// moment the process is gone: (1) writable, until every mission has had an update acknowledged that
/// was first sent after the kill (each lead sends one at once, then keeps its pace); then the leads stop;
/// (2) converged, until every screen holds every mission's last acknowledged version. Then every
/// activation leaves memory and each mission is read back: an acknowledged update the store lost is
/// counted. Every wait is bounded.
/// </summary>
internal static class FailoverRun
{
    private static readonly TimeSpan ConnectWait = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan KillWait = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan WritableWait = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ConvergedWait = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(6);

    public static async Task<FailoverResult> Run(BenchOptions o)
    {
        using var giveUp = new CancellationTokenSource(RunLimit);
        await using var probe = await ClusterProbe.Connect(ConnectWait);
        var active = await probe.ActiveSilos();
        if (active.Count < 2 || !active.All(o.SiloPids.ContainsKey))
        {
            return new FailoverResult(false, $"failover: the cluster is not whole: active silos {string.Join(",", active)}, given {string.Join(",", o.SiloPids.Keys)}");
        }

        var admins = o.Urls.Select(url => Client(url, o.Token)).ToList();
        var plain = o.Urls.Select(url => Client(url, token: null)).ToList();
        try
        {
            var (editionId, leadTokens) = await BenchEdition.Create(admins[0], "failover", o.Missions);
            var missionIndex = leadTokens.Select((lead, m) => (lead.MissionId, m)).ToDictionary(p => p.MissionId, p => p.m, StringComparer.Ordinal);
            Console.WriteLine($"Edition {editionId} with {o.Missions} missions; connecting {o.Screens} screens to {o.Urls.Count} hosts…");
            var screens = new List<FailoverScreen>();
            var connections = new List<HubConnection>();
            for (var h = 0; h < o.Urls.Count; h++)
            {
                var count = o.Screens / o.Urls.Count + (h < o.Screens % o.Urls.Count ? 1 : 0);
                var onHost = new FailoverScreen[count];
                connections.AddRange(await Screens.Open(count, new Uri(o.Urls[h], "/hubs/live"), o.Token, async (i, connection) =>
                {
                    onHost[i] = new FailoverScreen(connection, editionId, missionIndex);
                    await onHost[i].Start(giveUp.Token);
                }));
                screens.AddRange(onHost);
            }

            var leads = leadTokens.Select((lead, m) => new FailoverLead(plain[m % plain.Count], editionId, lead.MissionId, lead.Token)).ToList();
            var killed = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            var writable = leads.Select(_ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
            using var stopping = new CancellationTokenSource();
            using var updatesGiveUp = CancellationTokenSource.CreateLinkedTokenSource(giveUp.Token);
            var interval = TimeSpan.FromSeconds(o.Missions / o.Rate);
            Console.WriteLine($"Connected. {o.Missions} leads update every {interval.TotalSeconds:F1} s; the kill comes after {o.Duration.TotalSeconds} s…");
            var updating = leads.Select((lead, m) => Lead(lead, interval * m / leads.Count, interval, killed.Task, writable[m], stopping.Token, updatesGiveUp.Token)).ToList();

            await Task.Delay(o.Duration, giveUp.Token);
            var warm = leads.Count(lead => lead.Acknowledged.Count > 0);
            var editionSilo = await probe.EditionHolder(editionId);
            var registrySilo = await probe.RegistryHolder();
            if (warm < leads.Count || editionSilo is not int port || !o.SiloPids.TryGetValue(port, out var victim))
            {
                await stopping.CancelAsync();
                return new FailoverResult(false, $"failover: not ready to kill: {warm}/{leads.Count} missions acknowledged, edition on :{editionSilo}");
            }

            // The script kills what the file names; written whole, then moved, so it never reads half a line.
            await File.WriteAllTextAsync(o.KillFile + ".tmp", victim.ToString(CultureInfo.InvariantCulture) + "\n", giveUp.Token);
            File.Move(o.KillFile + ".tmp", o.KillFile!, overwrite: true);
            Console.WriteLine($"The edition is on silo :{port} (pid {victim}), the host registry on :{registrySilo}; waiting for the kill…");
            if (await KillWatch.UntilDead(victim, KillWait) is not long killedAt)
            {
                await stopping.CancelAsync();
                return new FailoverResult(false, $"failover: pid {victim} was not killed within {KillWait.TotalSeconds} s");
            }

            killed.SetResult(killedAt);
            var allWritable = Task.WhenAll(writable.Select(w => w.Task));
            var recovered = await Finished(allWritable, WritableWait);
            await stopping.CancelAsync();
            if (!recovered)
            {
                await updatesGiveUp.CancelAsync();
            }

            updatesGiveUp.CancelAfter(WritableWait);
            await Task.WhenAll(updating);
            var writableAfter = recovered ? Seconds(killedAt, (await allWritable).Max()) : double.NaN;
            var writableMedian = recovered ? Median((await allWritable).Select(at => Seconds(killedAt, at))) : double.NaN;
            var writableCount = writable.Count(w => w.Task.IsCompletedSuccessfully);

            var finals = leads.Select(lead => lead.Acknowledged[^1].Version).ToArray();
            foreach (var screen in screens)
            {
                screen.Expect(finals);
            }

            var allConverged = Task.WhenAll(screens.Select(s => s.Converged));
            var converged = await Finished(allConverged, ConvergedWait);
            var convergedCount = screens.Count(s => s.Converged.IsCompletedSuccessfully);
            var convergedAfter = converged ? Seconds(killedAt, (await allConverged).Max()) : double.NaN;
            var rejoins = screens.Sum(s => s.Rejoins);
            foreach (var screen in screens)
            {
                await screen.Stop();
            }

            await Screens.Close(connections);

            // Read back from the store: nothing an answer acknowledged may be missing.
            await probe.EmptyMemory();
            var (lost, mismatched) = await Lost(admins[^1], editionId, leads);

            var acknowledged = leads.Sum(lead => lead.Acknowledged.Count);
            var afterKill = leads.Sum(lead => lead.Acknowledged.Count(a => a.FirstSent >= killedAt));
            var problem = leads.Select(lead => lead.FirstProblem).FirstOrDefault(p => p is not null) is { } first ? first[..Math.Min(first.Length, 200)] : null;
            var report = string.Create(CultureInfo.InvariantCulture,
                $"failover: killed silo :{port} (pid {victim}) holding the edition{(registrySilo == port ? " and the host registry" : "")}; " +
                $"writable={writableAfter:F2}s (median mission {writableMedian:F2} s; {writableCount}/{leads.Count} missions) converged={convergedAfter:F2}s ({convergedCount}/{screens.Count} screens); " +
                $"acknowledged={acknowledged} ({afterKill} sent after the kill) lost={lost} stored-differs={mismatched}; " +
                $"answers 503={leads.Sum(l => l.Unavailable)} 5xx={leads.Sum(l => l.ServerErrors)} no-answer={leads.Sum(l => l.NoAnswer)} refused={leads.Sum(l => l.Refused)}; " +
                $"screen rejoins={rejoins}{(problem is null ? "" : $"; first problem: {problem}")}");
            return new FailoverResult(recovered && converged, report);
        }
        finally
        {
            foreach (var client in admins.Concat(plain))
            {
                client.Dispose();
            }
        }
    }

    /// <summary>
    /// A lead at its pace, staggered by <paramref name="offset"/>; right after the kill it sends its next
    /// update at once, and the first acknowledged of those sent after the kill marks its mission writable.
    /// </summary>
    private static async Task Lead(FailoverLead lead, TimeSpan offset, TimeSpan interval, Task<long> killed, TaskCompletionSource<long> writable, CancellationToken stopping, CancellationToken giveUp)
    {
        try
        {
            await Task.Delay(offset, stopping);
            var probed = false;
            while (!stopping.IsCancellationRequested)
            {
                await lead.Update(giveUp);
                if (killed.IsCompleted && lead.Acknowledged.Count > 0 && lead.Acknowledged[^1].FirstSent >= killed.Result)
                {
                    writable.TrySetResult(lead.Acknowledged[^1].Answered);
                }

                // Before the kill a pause ends early when the kill comes; the first update after it leaves at once.
                if (probed || !killed.IsCompleted)
                {
                    var pause = Task.Delay(interval, stopping);
                    await (probed ? pause : Task.WhenAny(pause, killed));
                }

                probed |= killed.IsCompleted;
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested || giveUp.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// One writer per mission, each acknowledged update one version above the previous: an acknowledged
    /// update the store lost shows as a version handed out twice, so the store holds fewer versions than
    /// there were acknowledgements. The stored mission must also be the last acknowledged (version and note).
    /// </summary>
    private static async Task<(int Lost, int Mismatched)> Lost(HttpClient admin, string editionId, List<FailoverLead> leads)
    {
        var lost = 0;
        var mismatched = 0;
        foreach (var lead in leads)
        {
            var stored = await BenchEdition.Expect(await admin.GetAsync($"/api/editions/{editionId}/missions/{lead.MissionId}"));
            var version = (long)stored["version"]!;
            var note = (string?)stored["milestones"]!.AsArray().Single(m => (string)m!["id"]! == "framing")!["note"];
            var acknowledged = lead.Acknowledged;
            lost += Math.Max(0, acknowledged.Count - (int)(version - acknowledged[0].Version + 1));
            mismatched += version == acknowledged[^1].Version && note == lead.LastNote ? 0 : 1;
        }

        return (lost, mismatched);
    }

    private static async Task<bool> Finished(Task task, TimeSpan within) =>
        await Task.WhenAny(task, Task.Delay(within)) == task && task.IsCompletedSuccessfully;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static double Seconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalSeconds;

    private static HttpClient Client(Uri url, string? token)
    {
        var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }
}
