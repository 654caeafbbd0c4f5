using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Orchestrator.Silo.Storage.Internal;
using Orchestrator.TestSupport;

namespace Orchestrator.Grains.Tests.Persistence;

/// <summary>The writer alone, on a real SQLite file, with a versioned table of its own (no Orleans).</summary>
public sealed class GroupCommitQueueTests : IAsyncLifetime
{
    // A new id is stored at version 1; a known one moves up by one only from the version the caller expects.
    private const string Upsert = """
        INSERT INTO Versions (Id, Version) VALUES (@Id, 1)
        ON CONFLICT (Id) DO UPDATE SET Version = Version + 1 WHERE Version = @Expected
        RETURNING Version;
        """;

    private const string CreateTable = "CREATE TABLE Versions (Id TEXT PRIMARY KEY, Version INTEGER NOT NULL) STRICT;";

    private readonly TempSqliteDatabase _database = new("group-commit");
    private readonly Channel<int> _batchesTaken = Channel.CreateUnbounded<int>();
    private GroupCommitQueue _queue = null!;

    public Task InitializeAsync()
    {
        Execute("PRAGMA journal_mode = WAL;" + CreateTable);
        _queue = new GroupCommitQueue(_database.ConnectionString, NullLogger<GroupCommitQueue>.Instance, size => _batchesTaken.Writer.TryWrite(size));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _queue.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task WritesQueuedWhileTheWriterWaits_ShareOneTransaction()
    {
        var before = _queue.Transactions;
        var writes = await WhileTheWriterWaits(() => [.. Enumerable.Range(0, 40).Select(i => _queue.WriteAsync(Write($"grain-{i}", null)))]);

        Assert.All(await Task.WhenAll(writes), version => Assert.Equal(1, version));
        Assert.Equal(40, await _batchesTaken.Reader.ReadAsync());
        Assert.Equal(2, _queue.Transactions - before); // the one the writer was waiting with, then the forty
        Assert.Equal(41, Scalar("SELECT COUNT(*) FROM Versions WHERE Version = 1;"));
    }

    [Fact]
    public async Task AWriteThatReturnsNoRow_IsAnsweredAlone_AndTheOthersOfItsTransactionCommit()
    {
        foreach (var id in new[] { "a", "b", "stale", "c", "d" })
        {
            Assert.Equal(1, await _queue.WriteAsync(Write(id, null)));
        }

        var writes = await WhileTheWriterWaits(() =>
            [.. new[] { ("a", 1), ("b", 1), ("stale", 7), ("c", 1), ("d", 1) }.Select(w => _queue.WriteAsync(Write(w.Item1, w.Item2)))]);

        Assert.Equal([2, 2, null, 2, 2], await Task.WhenAll(writes));
        Assert.Equal(5, await _batchesTaken.Reader.ReadAsync());
        Assert.Equal(1, Scalar("SELECT Version FROM Versions WHERE Id = 'stale';"));
        Assert.Equal(4, Scalar("SELECT COUNT(*) FROM Versions WHERE Version = 2;"));
    }

    [Fact]
    public async Task AnErrorInTheTransaction_FailsEveryWriteOfIt_StoresNoneOfThem_AndLaterWritesWork()
    {
        Execute("CREATE TRIGGER Refuse BEFORE INSERT ON Versions WHEN NEW.Id = 'poison' BEGIN SELECT RAISE(ABORT, 'refused'); END;");
        var before = _queue.Transactions;
        var writes = await WhileTheWriterWaits(() =>
            [.. new[] { "first", "second", "poison", "third" }.Select(id => _queue.WriteAsync(Write(id, null)))]);

        Assert.Equal(4, await _batchesTaken.Reader.ReadAsync());
        foreach (var write in writes)
        {
            var failed = await Assert.ThrowsAsync<IOException>(() => write);
            Assert.Contains("refused", failed.InnerException!.Message, StringComparison.Ordinal);
        }

        // "first" and "second" ran before the poison, in the same transaction: rolled back with it.
        Assert.Equal(1, _queue.Transactions - before);
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM Versions WHERE Id IN ('first', 'second', 'third');"));

        Execute("DROP TRIGGER Refuse;");
        Assert.Equal(1, await _queue.WriteAsync(Write("first", null)));
        Assert.Equal(1, await _queue.WriteAsync(Write("poison", null)));
    }

    [Fact]
    public async Task ATableDroppedUnderTheWriter_FailsItsWrites_AndWritesWorkOnceItIsBack()
    {
        Assert.Equal(1, await _queue.WriteAsync(Write("before", null)));
        Task<long?>[] writes;
        using (var writeLock = WriteLock.Take(_database.ConnectionString, "DROP TABLE Versions;"))
        {
            writes = [.. Enumerable.Range(0, 5).Select(i => _queue.WriteAsync(Write($"grain-{i}", null)))];
            writeLock.Release();
        }

        foreach (var write in writes)
        {
            await Assert.ThrowsAsync<IOException>(() => write);
        }

        Execute(CreateTable);
        Assert.Equal(1, await _queue.WriteAsync(Write("after", null)));
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM Versions;"));
    }

    [Fact]
    public async Task ManyWritersAtOnce_AllLand_EachInItsOrder()
    {
        const int Writers = 50;
        const int WritesEach = 20;

        async Task<List<long?>> Writer(string id)
        {
            var seen = new List<long?>();
            long? version = null;
            for (var i = 0; i < WritesEach; i++)
            {
                version = await _queue.WriteAsync(Write(id, version));
                seen.Add(version);
            }

            return seen;
        }

        var results = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(() => Writer($"grain-{i}"))));

        var expected = Enumerable.Range(1, WritesEach).Select(v => (long?)v);
        Assert.All(results, seen => Assert.Equal(expected, seen));
        Assert.Equal(Writers, Scalar($"SELECT COUNT(*) FROM Versions WHERE Version = {WritesEach};"));
    }

    [Fact]
    public async Task ABatchIsCappedAtMaxBatch()
    {
        var writes = await WhileTheWriterWaits(() =>
            [.. Enumerable.Range(0, GroupCommitQueue.MaxBatch + 10).Select(i => _queue.WriteAsync(Write($"grain-{i}", null)))]);

        await Task.WhenAll(writes);
        Assert.Equal(GroupCommitQueue.MaxBatch, await _batchesTaken.Reader.ReadAsync());
        Assert.Equal(10, await _batchesTaken.Reader.ReadAsync());
    }

    [Fact]
    public async Task Disposing_CommitsTheWritesAlreadyQueued_ThenTakesNoMore()
    {
        ValueTask disposed = default;
        var writes = await WhileTheWriterWaits(() =>
        {
            Task<long?>[] queued = [.. Enumerable.Range(0, 10).Select(i => _queue.WriteAsync(Write($"grain-{i}", null)))];
            disposed = _queue.DisposeAsync();
            return queued;
        });

        await disposed;
        Assert.All(await Task.WhenAll(writes), version => Assert.Equal(1, version));
        Assert.Equal(11, Scalar("SELECT COUNT(*) FROM Versions;"));
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => _queue.WriteAsync(Write("late", null)));
    }

    [Fact]
    public async Task OneWriterPerFile_SharedUntilItsLastUserLetsGo()
    {
        var spelledOtherwise = $"Data Source={Path.Combine(Path.GetDirectoryName(_database.Path)!, ".", Path.GetFileName(_database.Path))}";
        var first = GroupCommitQueues.Acquire(_database.ConnectionString, NullLoggerFactory.Instance);
        var second = GroupCommitQueues.Acquire(spelledOtherwise, NullLoggerFactory.Instance);
        Assert.Same(first, second);

        await GroupCommitQueues.ReleaseAsync(first);
        Assert.Equal(1, await second.WriteAsync(Write("still-open", null)));

        await GroupCommitQueues.ReleaseAsync(second);
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => second.WriteAsync(Write("closed", null)));
        var next = GroupCommitQueues.Acquire(_database.ConnectionString, NullLoggerFactory.Instance);
        Assert.NotSame(first, next);
        await GroupCommitQueues.ReleaseAsync(next);
    }

    /// <summary>
    /// Holds SQLite's write lock, queues one write and waits until the writer took it (it then waits for the
    /// lock in BEGIN IMMEDIATE), queues the writes <paramref name="queue"/> makes, releases the lock: those
    /// were all waiting when the writer came back for more.
    /// </summary>
    private async Task<Task<long?>[]> WhileTheWriterWaits(Func<Task<long?>[]> queue)
    {
        while (_batchesTaken.Reader.TryRead(out _))
        {
            // Batches of earlier (awaited) writes.
        }

        Task<long?> leader;
        Task<long?>[] queued;
        using (var writeLock = WriteLock.Take(_database.ConnectionString))
        {
            leader = _queue.WriteAsync(Write($"leader-{Guid.NewGuid():n}", null));
            Assert.Equal(1, await _batchesTaken.Reader.ReadAsync());
            queued = queue();
            writeLock.Release();
        }

        Assert.Equal(1, await leader);
        return queued;
    }

    private static SqliteWrite Write(string id, long? expected) => new(Upsert, [("@Id", id), ("@Expected", expected)]);

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection(_database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection(_database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
