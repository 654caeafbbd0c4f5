namespace Orchestrator.Grains;

/// <summary>
/// The grains' log event ids (1000–1999): stable, so an operator's alert on one keeps working.
/// Never renumber one; add new ids at the end of their group.
/// </summary>
internal static class GrainEvents
{
    public const int StateWriteFailed = 1000;
    public const int MissionReplayReportFailed = 1100;
    public const int HealthReviewFailed = 1200;
    public const int HealthReminderFailed = 1201;
    public const int LiveFlushFailed = 1300;
    public const int LivePushFailed = 1301;
    public const int PresencePushFailed = 1302;

    // Access and erasure (1400–1419).
    public const int RevocationNoticeFailed = 1400;
    public const int ErasureNoticeFailed = 1401;

    // The audit trail (1500–1519).
    public const int AuditPageDropFailed = 1500;

    // The live push path after a silo loss (1900–1999).
    public const int LiveRegistryActivated = 1900;
    public const int LiveHostAdded = 1901;
    public const int LiveHostExpired = 1902;
    public const int LiveHostListSaveFailed = 1903;
    public const int LiveRegistryUnavailable = 1911;
    public const int LiveHeldBatchSent = 1913;
}
