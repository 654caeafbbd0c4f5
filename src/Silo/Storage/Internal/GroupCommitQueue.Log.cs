using Microsoft.Extensions.Logging;
using Orchestrator.Silo.Hosting;

namespace Orchestrator.Silo.Storage.Internal;

internal sealed partial class GroupCommitQueue
{
    [LoggerMessage(EventId = SiloEvents.GroupCommitStarted, Level = LogLevel.Information, Message = "Writes to {Database} go through one writer, up to {MaxBatch} a transaction")]
    private static partial void LogStarted(ILogger logger, string database, int maxBatch);

    [LoggerMessage(EventId = SiloEvents.GroupCommitCommitted, Level = LogLevel.Trace, Message = "Committed {Writes} writes to {Database} in one transaction")]
    private static partial void LogCommitted(ILogger logger, int writes, string database);

    [LoggerMessage(EventId = SiloEvents.GroupCommitFailed, Level = LogLevel.Error, Message = "A transaction of {Writes} writes to {Database} failed: none of them was stored, each caller was told")]
    private static partial void LogFailed(ILogger logger, Exception exception, int writes, string database);

    [LoggerMessage(EventId = SiloEvents.GroupCommitStopped, Level = LogLevel.Information, Message = "The writer of {Database} stopped after {Transactions} transactions carrying {Writes} writes")]
    private static partial void LogStopped(ILogger logger, string database, long transactions, long writes);
}
