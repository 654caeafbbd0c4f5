using Microsoft.Extensions.Logging;

namespace Orchestrator.Grains.Missions;

internal sealed partial class MissionGrain
{
    [LoggerMessage(EventId = GrainEvents.MissionReplayReportFailed, Level = LogLevel.Warning,
        Message = "Re-reporting mission {MissionId} of edition {EditionId} to its edition on a replayed {Operation} failed; the caller may retry")]
    private static partial void LogReplayReportFailed(ILogger logger, Exception exception, string missionId, string editionId, string operation);
}
