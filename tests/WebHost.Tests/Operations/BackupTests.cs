using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Orchestrator.TestSupport;
using Orchestrator.WebHost.Tests.Infrastructure;

namespace Orchestrator.WebHost.Tests.Operations;

public sealed class BackupTests
{
    [Fact]
    public async Task Backup_TakenDuringUpdates_IsIntact_AndAHostStartedOnItShowsTheSameEdition()
    {
        // The ServiceId is part of every stored key: the host on the copy keeps the original's.
        using var restored = new SharedStore("restored");
        JsonNode quietSnapshot;
        await using (var server = OrchestratorServer.Start(new Dictionary<string, string?> { ["Orchestrator:Cluster:ServiceId"] = restored.ServiceId }))
        {
            using var admin = server.Client();
            var quiet = ApiCalls.NewId("quiet");
            var busy = ApiCalls.NewId("busy");
            await ApiCalls.CreateEdition(admin, quiet);
            await ApiCalls.CreateMission(admin, quiet, "drenche");
            await ApiCalls.CreateEdition(admin, busy);
            await ApiCalls.CreateMission(admin, busy, "drenche");
            quietSnapshot = await ApiCalls.Json(await admin.GetAsync($"/api/editions/{quiet}"), 200);

            using var stop = new CancellationTokenSource();
            var updates = KeepAddingMembers(server, busy, stop.Token);
            var response = await admin.PostAsync("/api/backup", null);
            await stop.CancelAsync();
            var added = await updates;

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/vnd.sqlite3", response.Content.Headers.ContentType?.MediaType);
            await using (var file = File.Create(restored.Path))
            {
                await response.Content.CopyToAsync(file);
            }

            Assert.True(added > 0, "No update ran while the backup was taken.");
        }

        await using (var connection = new SqliteConnection($"Data Source={restored.Path}"))
        {
            await connection.OpenAsync();
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
        }

        await using var onBackup = restored.StartHost();
        using var restoredAdmin = onBackup.Client();
        var snapshot = await ApiCalls.Json(await restoredAdmin.GetAsync($"/api/editions/{(string)quietSnapshot["id"]!}"), 200);
        Assert.Equal(quietSnapshot.ToJsonString(), snapshot.ToJsonString());
    }

    [Fact]
    public async Task Backup_OnPostgres_Answers409SayingPgDump()
    {
        await using var postgres = await PostgresServer.StartAsync();
        await using var server = OrchestratorServer.Start(new Dictionary<string, string?>
        {
            ["Orchestrator:Storage:Provider"] = "postgres",
            ["Orchestrator:Storage:ConnectionString"] = await postgres.CreateDatabaseAsync($"backup_{Guid.NewGuid():n}"),
        });
        using var admin = server.Client();

        var response = await admin.PostAsync("/api/backup", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("pg_dump", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_WithAnIdempotencyKey_IsTakenAgainOnARetry_NeverKeptAsAReplay()
    {
        // A replay record would be a copy of the whole store inside the store, outside any erasure.
        await using var server = OrchestratorServer.Start();
        using var admin = server.Client();
        static HttpRequestMessage Backup() => new(HttpMethod.Post, "/api/backup") { Headers = { { "Idempotency-Key", "nightly-backup" } } };

        var first = await admin.SendAsync(Backup());
        var retry = await admin.SendAsync(Backup());

        foreach (var answer in new[] { first, retry })
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.False(answer.Headers.Contains("Idempotent-Replayed"));
            Assert.StartsWith("SQLite format 3", System.Text.Encoding.ASCII.GetString(await answer.Content.ReadAsByteArrayAsync(), 0, 15), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Backup_RefusesAViewer()
    {
        await using var server = OrchestratorServer.Start();
        using var admin = server.Client();
        using var viewer = server.Client(await ViewerTokens.OfNewEdition(admin, "backup"));

        var response = await viewer.PostAsync("/api/backup", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Adds members to the busy edition's mission until stopped; returns how many were acknowledged.</summary>
    private static async Task<int> KeepAddingMembers(OrchestratorServer server, string editionId, CancellationToken stop)
    {
        using var admin = server.Client();
        var added = 0;
        while (!stop.IsCancellationRequested)
        {
            var response = await admin.PostAsJsonAsync(
                $"/api/editions/{editionId}/missions/drenche/members",
                new { name = $"Volunteer {added}", company = "DXC Technology", remote = false },
                CancellationToken.None);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            added++;
        }

        return added;
    }
}
