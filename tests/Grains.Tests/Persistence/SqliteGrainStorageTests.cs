using Microsoft.Data.Sqlite;
using Orchestrator.Grains.Interfaces.Missions;
using Orchestrator.Grains.State;
using Orchestrator.Silo.Hosting;
using Orchestrator.Silo.Storage;
using Orleans.Storage;

namespace Orchestrator.Grains.Tests.Persistence;

/// <summary>
/// Our SQLite grain storage (group commit) against Orleans' ADO.NET provider on the same file: existing
/// stores keep working, both ways, and the ETag rules are the provider's.
/// </summary>
public sealed class SqliteGrainStorageTests
{
    private const string StateName = "edition-directory";

    public static TheoryData<string> KeyShapes =>
    [
        "string", "edition/mission", "hex digits", "digits+extension", "integer", "integer+extension", "guid", "guid+extension",
    ];

    [Theory]
    [MemberData(nameof(KeyShapes))]
    public async Task RowsTheAdoNetProviderWrote_AreReadAndUpdatedByGroupCommit_AndTheOtherWayBack(string shape)
    {
        await using var storages = await GrainStorages.CreateAsync("compat");
        await RoundTrip(storages, first: await storages.StartAdoNetAsync(), second: await storages.StartGroupCommitAsync(), GrainOf(shape));
    }

    [Theory]
    [MemberData(nameof(KeyShapes))]
    public async Task RowsGroupCommitWrote_AreReadAndUpdatedByTheAdoNetProvider_AndTheOtherWayBack(string shape)
    {
        await using var storages = await GrainStorages.CreateAsync("compat");
        await RoundTrip(storages, first: await storages.StartGroupCommitAsync(), second: await storages.StartAdoNetAsync(), GrainOf(shape));
    }

    [Fact]
    public async Task AStaleWrite_FailsOnlyItsCaller_WhileTheWritesQueuedWithItLand()
    {
        await using var storages = await GrainStorages.CreateAsync("conflict");
        var storage = await storages.StartGroupCommitAsync();
        var grains = Enumerable.Range(0, 20).Select(i => GrainId.Create("mission", $"edition/mission-{i}")).ToList();
        var states = grains.Select(_ => State("created")).ToList();
        await Task.WhenAll(grains.Select((grain, i) => storage.WriteStateAsync(StateName, grain, states[i])));

        // A second activation of grain 0 that loaded before the first one wrote again, and one that never loaded.
        var stale = State("stale");
        stale.ETag = states[0].ETag;
        var neverLoaded = State("never loaded");
        Task[] writes;
        using (var writeLock = WriteLock.Take(storages.Database.ConnectionString))
        {
            writes =
            [
                .. grains.Select((grain, i) => storage.WriteStateAsync(StateName, grain, Changed(states[i], "updated"))),
                storage.WriteStateAsync(StateName, grains[0], stale),
                storage.WriteStateAsync(StateName, grains[1], neverLoaded),
            ];
            writeLock.Release();
        }

        await Task.WhenAll(writes[..grains.Count]);
        await Assert.ThrowsAsync<InconsistentStateException>(() => writes[^2]);
        await Assert.ThrowsAsync<InconsistentStateException>(() => writes[^1]);
        Assert.Equal("1", stale.ETag);
        Assert.Null(neverLoaded.ETag);

        var adoNet = await storages.StartAdoNetAsync();
        foreach (var grain in grains)
        {
            var reread = await Read(adoNet, grain);
            Assert.Equal("2", reread.ETag);
            Assert.Equal(["created", "updated"], reread.State!.EditionIds);
        }
    }

    [Fact]
    public async Task ManyGrainsWritingAtOnce_AllLand_WithExactVersions()
    {
        const int Grains = 100;
        const int WritesEach = 10;
        await using var storages = await GrainStorages.CreateAsync("concurrent");
        var storage = await storages.StartGroupCommitAsync();

        async Task<string?> Writer(GrainId grain)
        {
            var state = State();
            for (var i = 0; i < WritesEach; i++)
            {
                await storage.WriteStateAsync(StateName, grain, Changed(state, $"write-{i}"));
            }

            return state.ETag;
        }

        var grains = Enumerable.Range(0, Grains).Select(i => GrainId.Create("mission", $"edition/mission-{i}")).ToList();
        var etags = await Task.WhenAll(grains.Select(grain => Task.Run(() => Writer(grain))));

        Assert.All(etags, etag => Assert.Equal($"{WritesEach}", etag));
        var adoNet = await storages.StartAdoNetAsync();
        foreach (var grain in grains)
        {
            var reread = await Read(adoNet, grain);
            Assert.Equal($"{WritesEach}", reread.ETag);
            Assert.Equal(Enumerable.Range(0, WritesEach).Select(i => $"write-{i}"), reread.State!.EditionIds);
        }

        Assert.Equal(Grains, Rows(storages));
    }

    [Fact]
    public async Task AFailedTransaction_FailsEveryCallerOfIt_AcknowledgesNone_AndLaterWritesWorkAgain()
    {
        await using var storages = await GrainStorages.CreateAsync("failure");
        var storage = await storages.StartGroupCommitAsync();
        var grains = Enumerable.Range(0, 10).Select(i => GrainId.Create("mission", $"edition/mission-{i}")).ToList();
        var states = grains.Select(_ => State("created")).ToList();
        await Task.WhenAll(grains.Select((grain, i) => storage.WriteStateAsync(StateName, grain, states[i])));

        Task[] writes;
        using (var writeLock = WriteLock.Take(storages.Database.ConnectionString, "DROP TABLE OrleansStorage;"))
        {
            writes = [.. grains.Select((grain, i) => storage.WriteStateAsync(StateName, grain, Changed(states[i], "lost")))];
            writeLock.Release();
        }

        foreach (var write in writes)
        {
            await Assert.ThrowsAsync<IOException>(() => write);
        }

        Assert.All(states, state => Assert.Equal("1", state.ETag));

        // The table back (empty): the same storage writes again, without a restart.
        await SchemaInstaller.InstallAsync(new StorageSettings { ConnectionString = storages.Database.ConnectionString });
        var again = State("again");
        await storage.WriteStateAsync(StateName, grains[0], again);
        Assert.Equal("1", again.ETag);
        Assert.Equal(["again"], (await Read(storage, grains[0])).State!.EditionIds);
    }

    [Fact]
    public async Task AcknowledgedWrites_AreReadBackAfterARestart()
    {
        await using var storages = await GrainStorages.CreateAsync("restart");
        var storage = await storages.StartGroupCommitAsync();
        var grains = Enumerable.Range(0, 50).Select(i => GrainId.Create("mission", $"edition/mission-{i}")).ToList();
        var states = grains.Select((_, i) => State($"state-{i}")).ToList();
        await Task.WhenAll(grains.Select((grain, i) => storage.WriteStateAsync(StateName, grain, states[i])));
        await storage.ClearStateAsync(StateName, grains[0], states[0]);

        await storages.StopAllAsync();
        SqliteConnection.ClearAllPools();

        foreach (var restarted in new[] { await storages.StartGroupCommitAsync(), await storages.StartAdoNetAsync() })
        {
            var cleared = await Read(restarted, grains[0]);
            Assert.False(cleared.RecordExists);
            Assert.Equal("2", cleared.ETag);
            for (var i = 1; i < grains.Count; i++)
            {
                var reread = await Read(restarted, grains[i]);
                Assert.Equal("1", reread.ETag);
                Assert.Equal([$"state-{i}"], reread.State!.EditionIds);
            }
        }
    }

    [Fact]
    public async Task ClearingAStateNeverStored_StoresNothing()
    {
        await using var storages = await GrainStorages.CreateAsync("clear");
        var storage = await storages.StartGroupCommitAsync();
        var state = State("never stored");

        await storage.ClearStateAsync(StateName, GrainId.Create("mission", "edition/mission"), state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Equal(0, Rows(storages));
    }

    /// <summary>Both storages keep the same row and refuse a stale version, whichever wrote last.</summary>
    private static async Task RoundTrip(GrainStorages storages, IGrainStorage first, IGrainStorage second, GrainId grain)
    {
        var unknown = await Read(second, grain);
        Assert.False(unknown.RecordExists);
        Assert.Null(unknown.ETag);

        var written = State("one");
        await first.WriteStateAsync(StateName, grain, written);
        Assert.Equal("1", written.ETag);

        var read = await Read(second, grain);
        Assert.True(read.RecordExists);
        Assert.Equal("1", read.ETag);
        Assert.Equal(["one"], read.State!.EditionIds);
        await second.WriteStateAsync(StateName, grain, Changed(read, "two"));
        Assert.Equal("2", read.ETag);

        var readBack = await Read(first, grain);
        Assert.Equal("2", readBack.ETag);
        Assert.Equal(["one", "two"], readBack.State!.EditionIds);

        // `written` still holds version 1: refused by either.
        await Assert.ThrowsAsync<InconsistentStateException>(() => first.WriteStateAsync(StateName, grain, written));
        await Assert.ThrowsAsync<InconsistentStateException>(() => second.WriteStateAsync(StateName, grain, written));
        var twice = State("created twice");
        await Assert.ThrowsAsync<InconsistentStateException>(() => second.WriteStateAsync(StateName, grain, twice));

        await second.ClearStateAsync(StateName, grain, read);
        Assert.Equal("3", read.ETag);
        Assert.False(read.RecordExists);
        var cleared = await Read(first, grain);
        Assert.False(cleared.RecordExists);
        Assert.Equal("3", cleared.ETag);
        Assert.Empty(cleared.State!.EditionIds);

        await first.WriteStateAsync(StateName, grain, Changed(cleared, "after clear"));
        Assert.Equal(["after clear"], (await Read(second, grain)).State!.EditionIds);
        Assert.Equal(1, Rows(storages));
    }

    private static GrainId GrainOf(string shape) => shape switch
    {
        "string" => GrainId.Create("mission", "drenche"),
        "edition/mission" => GrainId.Create("mission", MissionKey.For("factory-2026", "drenche")),
        // Parsed by Orleans as the integer key 0xCAFE, and "12+b" as 0x12 with the extension "b".
        "hex digits" => GrainId.Create("mission", "cafe"),
        "digits+extension" => GrainId.Create("mission", "12+b"),
        "integer" => GrainId.Create(GrainType.Create("edition-directory"), GrainIdKeyExtensions.CreateIntegerKey(0)),
        "integer+extension" => GrainId.Create(GrainType.Create("edition-directory"), GrainIdKeyExtensions.CreateIntegerKey(-42, "extension")),
        "guid" => GrainId.Create(GrainType.Create("vote"), GrainIdKeyExtensions.CreateGuidKey(Guid.NewGuid())),
        "guid+extension" => GrainId.Create(GrainType.Create("vote"), GrainIdKeyExtensions.CreateGuidKey(Guid.NewGuid(), "extension")),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, null),
    };

    private static GrainState<EditionDirectoryState> State(params string[] editionIds) =>
        new(new EditionDirectoryState { EditionIds = [.. editionIds] });

    private static GrainState<EditionDirectoryState> Changed(GrainState<EditionDirectoryState> state, string editionId)
    {
        state.State!.EditionIds.Add(editionId);
        return state;
    }

    private static async Task<GrainState<EditionDirectoryState>> Read(IGrainStorage storage, GrainId grain)
    {
        var state = new GrainState<EditionDirectoryState>();
        await storage.ReadStateAsync(StateName, grain, state);
        return state;
    }

    private static long Rows(GrainStorages storages)
    {
        using var connection = new SqliteConnection(storages.Database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM OrleansStorage;";
        return (long)command.ExecuteScalar()!;
    }
}
