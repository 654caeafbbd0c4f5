-- =============================================================================
-- Orchestrator / Orleans ADO.NET reminders (PostgreSQL >= 12)
-- Provider: Microsoft.Orleans.Reminders.AdoNet 10.4.2, Invariant = "Npgsql".
-- Requires 001-main.sql.
--
-- The provider loads ALL rows of OrleansQuery and refuses to start unless these
-- keys exist: ReadReminderRowsKey, ReadRangeRows1Key, ReadRangeRows2Key,
-- ReadReminderRowKey, UpsertReminderRowKey, DeleteReminderRowKey,
-- DeleteReminderRowsKey.
--
-- @ServiceId is ClusterOptions.ServiceId. @GrainId is GrainId.ToString(),
-- @GrainHash / @BeginHash / @EndHash are uint hashes cast to signed int.
-- @Period is milliseconds (int, or bigint when > int.MaxValue).
-- Row readers use columns GrainId, ReminderName, StartTime, Period (Int64), Version.
-- Upsert must return one row with column Version (the new ETag).
-- Delete must return one row, one column: non-zero = deleted.
--
-- Idempotent; serialised with the shared advisory lock (see 001-main.sql).
-- =============================================================================

BEGIN;

SELECT pg_advisory_xact_lock(5715430318658950226);

CREATE TABLE IF NOT EXISTS OrleansRemindersTable
(
    ServiceId    varchar(150)   NOT NULL,
    GrainId      text           NOT NULL,
    ReminderName text           NOT NULL,
    StartTime    timestamptz(3) NOT NULL,
    Period       bigint         NOT NULL,
    GrainHash    integer        NOT NULL,
    Version      integer        NOT NULL,

    CONSTRAINT PK_RemindersTable_ServiceId_GrainId_ReminderName
        PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

-- Range scans by (ServiceId, GrainHash) for the reminder service's ring ranges.
CREATE INDEX IF NOT EXISTS IX_RemindersTable_ServiceId_GrainHash
    ON OrleansRemindersTable (ServiceId, GrainHash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

('UpsertReminderRowKey', $q$
INSERT INTO OrleansRemindersTable AS r
    (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES
    (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
SET StartTime = EXCLUDED.StartTime,
    Period    = EXCLUDED.Period,
    GrainHash = EXCLUDED.GrainHash,
    Version   = r.Version + 1
RETURNING r.Version AS "Version";
$q$),

('ReadReminderRowsKey', $q$
SELECT GrainId      AS "GrainId",
       ReminderName AS "ReminderName",
       StartTime    AS "StartTime",
       Period       AS "Period",
       Version      AS "Version"
FROM   OrleansRemindersTable
WHERE  ServiceId = @ServiceId
  AND  GrainId   = @GrainId;
$q$),

('ReadReminderRowKey', $q$
SELECT GrainId      AS "GrainId",
       ReminderName AS "ReminderName",
       StartTime    AS "StartTime",
       Period       AS "Period",
       Version      AS "Version"
FROM   OrleansRemindersTable
WHERE  ServiceId    = @ServiceId
  AND  GrainId      = @GrainId
  AND  ReminderName = @ReminderName;
$q$),

-- Used when (int)BeginHash < (int)EndHash: the range (BeginHash, EndHash].
('ReadRangeRows1Key', $q$
SELECT GrainId      AS "GrainId",
       ReminderName AS "ReminderName",
       StartTime    AS "StartTime",
       Period       AS "Period",
       Version      AS "Version"
FROM   OrleansRemindersTable
WHERE  ServiceId = @ServiceId
  AND  GrainHash > @BeginHash
  AND  GrainHash <= @EndHash;
$q$),

-- Used otherwise: the range wraps around the ring.
('ReadRangeRows2Key', $q$
SELECT GrainId      AS "GrainId",
       ReminderName AS "ReminderName",
       StartTime    AS "StartTime",
       Period       AS "Period",
       Version      AS "Version"
FROM   OrleansRemindersTable
WHERE  ServiceId = @ServiceId
  AND  (GrainHash > @BeginHash OR GrainHash <= @EndHash);
$q$),

-- Conditional on the ETag; 1 = deleted, 0 = missing or ETag mismatch.
('DeleteReminderRowKey', $q$
WITH del AS (
    DELETE FROM OrleansRemindersTable
    WHERE  ServiceId    = @ServiceId
      AND  GrainId      = @GrainId
      AND  ReminderName = @ReminderName
      AND  Version      = @Version
    RETURNING 1
)
SELECT count(*)::integer AS "Result" FROM del;
$q$),

('DeleteReminderRowsKey', $q$
DELETE FROM OrleansRemindersTable
WHERE  ServiceId = @ServiceId;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

COMMIT;
