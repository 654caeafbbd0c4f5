using Microsoft.Extensions.Logging;

namespace Orchestrator.Grains.Editions;

internal sealed partial class EditionGrain
{
    [LoggerMessage(EventId = GrainEvents.HealthReviewFailed, Level = LogLevel.Warning,
        Message = "The health review of edition {EditionId} failed; the next review tries again")]
    private static partial void LogHealthReviewFailed(ILogger logger, Exception exception, string editionId);

    [LoggerMessage(EventId = GrainEvents.HealthReminderFailed, Level = LogLevel.Warning,
        Message = "Stopping the health reminder of edition {EditionId}, which is over, failed; it fires again in a minute")]
    private static partial void LogHealthReminderFailed(ILogger logger, Exception exception, string editionId);
}
