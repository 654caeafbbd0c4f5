using System.Collections.Concurrent;
using Orchestrator.Grains.State;

namespace Orchestrator.Grains.Tests.Domain;

public sealed class GroupCommitTests
{
    private readonly HeldWrites _store = new();
    private readonly List<IReadOnlyList<int>> _published = [];
    private readonly GroupCommit<int> _commit;

    public GroupCommitTests() => _commit = new GroupCommit<int>(_store.Write, events => _published.Add([.. events]));

    [Fact]
    public async Task ALoneChange_IsWrittenAtOnce_AndAnsweredOnceStored()
    {
        var change = _commit.Commit([1]);

        Assert.Equal(1, _store.Started);
        Assert.False(change.IsCompleted);
        Assert.Empty(_published);

        _store.Succeed(0);
        await change;
        Assert.Equal([[1]], _published);
    }

    [Fact]
    public async Task ChangesDuringAWrite_ShareTheNextOne_WhichStartsAsSoonAsItEnds()
    {
        var first = _commit.Commit([1]);
        var second = _commit.Commit([2]);
        var third = _commit.Commit([3]);
        Assert.Equal(1, _store.Started);

        _store.Succeed(0);
        await first;
        Assert.Equal(2, _store.Started);
        Assert.False(second.IsCompleted);
        Assert.False(third.IsCompleted);

        _store.Succeed(1);
        await Task.WhenAll(second, third);
        Assert.Equal(2, _store.Started);
        Assert.Equal([[1], [2, 3]], _published);
    }

    [Fact]
    public async Task Events_ArePublishedInTheOrderChangesWereApplied_BeforeTheirCallersResume()
    {
        var published = new ConcurrentQueue<int>();
        var commit = new GroupCommit<int>(_store.Write, events =>
        {
            foreach (var e in events)
            {
                published.Enqueue(e);
            }
        });
        var ended = 0;
        var calls = new List<Task>();
        for (var version = 1; version <= 20; version++)
        {
            calls.Add(AnsweredAfterPublished(version, commit.Commit([version])));
            if (version % 7 == 0)
            {
                _store.Succeed(ended++);
            }
        }

        while (ended < _store.Started)
        {
            _store.Succeed(ended++);
        }

        await Task.WhenAll(calls);
        Assert.Equal(Enumerable.Range(1, 20), published);
        Assert.Equal(4, _store.Started); // 1 alone, then 2–7, 8–14 and 15–20 each shared one

        async Task AnsweredAfterPublished(int version, Task call)
        {
            await call;
            Assert.Contains(version, published);
        }
    }

    [Fact]
    public async Task AFailedWrite_FailsEveryCallerItCovered_AndEveryCallerWaitingForTheNext()
    {
        var stored = _commit.Commit([1]);
        _store.Succeed(0);
        await stored;

        var coveredA = _commit.Commit([2]);
        var waitingB = _commit.Commit([3]);
        var waitingC = _commit.Commit([4]);
        var outage = new IOException("the store is down");
        _store.Fail(1, outage);

        Assert.Same(outage, await Assert.ThrowsAsync<IOException>(() => coveredA));
        Assert.Same(outage, await Assert.ThrowsAsync<IOException>(() => waitingB));
        Assert.Same(outage, await Assert.ThrowsAsync<IOException>(() => waitingC));
        Assert.Equal(2, _store.Started);
        Assert.Equal([[1]], _published);
    }

    [Fact]
    public async Task AfterAFailedWrite_NothingMoreIsWrittenOrAcknowledged()
    {
        var lost = _commit.Commit([1]);
        var outage = new IOException("the store is down");
        _store.Fail(0, outage);
        await Assert.ThrowsAsync<IOException>(() => lost);

        var later = _commit.Commit([2]);

        Assert.Same(outage, await Assert.ThrowsAsync<IOException>(() => later));
        await Assert.ThrowsAsync<IOException>(_commit.WhenDurable);
        Assert.Equal(1, _store.Started);
        Assert.Empty(_published);
    }

    [Fact]
    public async Task AWriteThatThrowsAtOnce_FailsItsCaller()
    {
        var commit = new GroupCommit<int>(static () => throw new InvalidOperationException("no store"), _published.Add);
        await Assert.ThrowsAsync<InvalidOperationException>(() => commit.Commit([1]));
        Assert.Empty(_published);
    }

    [Fact]
    public async Task WhenDurable_WaitsForEveryChangeAppliedSoFar()
    {
        Assert.True(_commit.WhenDurable().IsCompletedSuccessfully);

        var first = _commit.Commit([1]);
        var inFlight = _commit.WhenDurable();
        var second = _commit.Commit([2]);
        var both = _commit.WhenDurable();

        _store.Succeed(0);
        await inFlight;
        Assert.False(both.IsCompleted);
        _store.Succeed(1);
        await Task.WhenAll(first, second, both);
        Assert.True(_commit.WhenDurable().IsCompletedSuccessfully);
        Assert.Equal(2, _store.Started);
    }

    [Fact]
    public async Task AChangeWithoutEvents_IsStored_AndPublishesNothing()
    {
        var created = _commit.Commit([]);
        _store.Succeed(0);
        await created;
        Assert.Empty(_published);
    }

    [Fact]
    public async Task APublicationThatFails_FailsThatWritesCallers_AndTheWritesGoOn()
    {
        var refused = new InvalidOperationException("no publisher");
        var commit = new GroupCommit<int>(_store.Write, events => throw refused);
        var first = commit.Commit([1]);
        var second = commit.Commit([2]);

        _store.Succeed(0);
        Assert.Same(refused, await Assert.ThrowsAsync<InvalidOperationException>(() => first));
        Assert.Equal(2, _store.Started);
        _store.Succeed(1);
        await Assert.ThrowsAsync<InvalidOperationException>(() => second);
        Assert.True(commit.WhenDurable().IsCompletedSuccessfully);
    }
}
