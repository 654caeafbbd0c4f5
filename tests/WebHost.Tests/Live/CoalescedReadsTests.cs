using System.Threading.Channels;
using Orchestrator.WebHost.Realtime;

namespace Orchestrator.WebHost.Tests.Live;

/// <summary>The screens' shared snapshot reads (a storm of reconnects after a restart): few reads, never a stale one.</summary>
public sealed class CoalescedReadsTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task CallersArrivingDuringARead_ShareTheNextRead_AndGetWhatTheStoreHeldAfterTheyArrived()
    {
        var store = new ControlledStore { Value = 1 };
        var reads = new CoalescedReads<string, int>(store.Read);

        var first = reads.Read("edition");
        var firstRead = await store.NextRead();
        store.Value = 2;
        var late = Enumerable.Range(0, 3).Select(_ => reads.Read("edition")).ToList();
        Assert.Equal(1, store.ReadsStarted);
        Assert.All(late, t => Assert.False(t.IsCompleted));

        firstRead.SetResult();
        Assert.Equal(1, await first.WaitAsync(Wait));
        var secondRead = await store.NextRead();
        Assert.All(late, t => Assert.False(t.IsCompleted));
        secondRead.SetResult();

        var answers = await Task.WhenAll(late).WaitAsync(Wait);
        Assert.All(answers, answer => Assert.Equal(2, answer));
        Assert.Equal(2, store.ReadsStarted);
    }

    [Fact]
    public async Task AFailedRead_FailsOnlyItsCallers_AndTheNextReadServesTheOthers()
    {
        var store = new ControlledStore { Value = 7 };
        var reads = new CoalescedReads<string, int>(store.Read);

        var failing = reads.Read("edition");
        var firstRead = await store.NextRead();
        var waiting = reads.Read("edition");
        firstRead.SetException(new TimeoutException("silo lost"));

        await Assert.ThrowsAsync<TimeoutException>(() => failing.WaitAsync(Wait));
        (await store.NextRead()).SetResult();
        Assert.Equal(7, await waiting.WaitAsync(Wait));
    }

    [Fact]
    public async Task OnceEveryReadEnded_TheNextCallerReadsAgain_NothingIsKept()
    {
        var store = new ControlledStore { Value = 1 };
        var reads = new CoalescedReads<string, int>(store.Read);
        var first = reads.Read("edition");
        (await store.NextRead()).SetResult();
        Assert.Equal(1, await first.WaitAsync(Wait));

        store.Value = 3;
        var again = reads.Read("edition");
        (await store.NextRead()).SetResult();

        Assert.Equal(3, await again.WaitAsync(Wait));
        Assert.Equal(2, store.ReadsStarted);
    }

    /// <summary>Reads whose end the test decides; each returns the store's value as it was when the read started.</summary>
    private sealed class ControlledStore
    {
        private readonly Channel<TaskCompletionSource> _started = Channel.CreateUnbounded<TaskCompletionSource>();
        private int _readsStarted;

        public int Value { get; set; }

        public int ReadsStarted => Volatile.Read(ref _readsStarted);

        public async Task<int> Read(string key)
        {
            Assert.Equal("edition", key);
            var seen = Value;
            var end = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Interlocked.Increment(ref _readsStarted);
            await _started.Writer.WriteAsync(end);
            await end.Task;
            return seen;
        }

        /// <summary>The next read to start, to be ended by the test.</summary>
        public async Task<TaskCompletionSource> NextRead() => await _started.Reader.ReadAsync().AsTask().WaitAsync(Wait);
    }
}
