using Microsoft.Extensions.Logging;

namespace Orchestrator.Silo.Storage.Internal;

/// <summary>
/// The writers of this process, one per database file, shared by every silo in it that stores to that
/// file (a test cluster runs several silos in one process): two writers would fight for SQLite's lock again.
/// </summary>
internal static class GroupCommitQueues
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, (GroupCommitQueue Queue, int Users)> Writers = new(StringComparer.Ordinal);

    /// <summary>The writer of the connection string's database, started if none runs; give it back with <see cref="ReleaseAsync"/>.</summary>
    public static GroupCommitQueue Acquire(string connectionString, ILoggerFactory loggerFactory)
    {
        var database = GroupCommitQueue.DatabaseOf(connectionString);
        lock (Gate)
        {
            var (queue, users) = Writers.TryGetValue(database, out var running)
                ? running
                : (new GroupCommitQueue(connectionString, loggerFactory.CreateLogger<GroupCommitQueue>()), 0);
            Writers[database] = (queue, users + 1);
            return queue;
        }
    }

    /// <summary>Stops the writer once its last user gave it back (after committing what was queued).</summary>
    public static ValueTask ReleaseAsync(GroupCommitQueue queue)
    {
        lock (Gate)
        {
            if (!Writers.TryGetValue(queue.Database, out var running) || running.Queue != queue)
            {
                return ValueTask.CompletedTask;
            }

            if (running.Users > 1)
            {
                Writers[queue.Database] = (queue, running.Users - 1);
                return ValueTask.CompletedTask;
            }

            Writers.Remove(queue.Database);
        }

        return queue.DisposeAsync();
    }
}
