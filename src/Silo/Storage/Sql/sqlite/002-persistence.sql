-- =============================================================================
-- Orchestrator / Orleans ADO.NET grain persistence (SQLite >= 3.37, embedded default)
-- Provider: Microsoft.Orleans.Persistence.AdoNet 10.4.2 with
--           Invariant = "System.Data.SQLite" (Orleans loads Microsoft.Data.Sqlite for it).
-- Requires 001-main.sql. Needs RETURNING (3.35) and STRICT tables (3.37); the
-- e_sqlite3 bundled with Microsoft.Data.Sqlite 10 is far newer.
--
-- Same contract as postgres/002-persistence.sql:
--   WriteToStorageKey  -> NewGrainStateVersion: one row with the new version, or NO
--                         row on an ETag conflict (provider -> InconsistentStateException).
--   ReadFromStorageKey -> PayloadBinary, Version (zero or one row).
--   ClearStorageKey    -> new version in the first column; no row on conflict.
--   DeleteStorageKey   -> deleted version + 1; no row on conflict.
-- Integer parameters arrive as 64-bit SQLite integers: the hashes are signed 32-bit
-- values, GrainIdN0/N1 signed 64-bit, GrainStateVersion 32-bit or NULL.
-- The payload is a BLOB.
--
-- Each query is ONE statement, so it is atomic without an explicit transaction.
-- The silo runs these same texts through its own SQLite grain storage (SqliteGrainStorage):
-- the writes (Write, Clear) of many grains in one transaction of its group-commit writer.
--
-- Idempotent; concurrent runs serialise on BEGIN IMMEDIATE + busy_timeout.
-- =============================================================================

PRAGMA busy_timeout = 10000;

BEGIN IMMEDIATE;

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            INTEGER NOT NULL,
    GrainIdN0              INTEGER NOT NULL,
    GrainIdN1              INTEGER NOT NULL,
    GrainTypeHash          INTEGER NOT NULL,
    GrainTypeString        TEXT    NOT NULL,
    GrainIdExtensionString TEXT    NULL,
    ServiceId              TEXT    NOT NULL,
    PayloadBinary          BLOB    NULL,
    ModifiedOn             TEXT    NOT NULL,   -- UTC, informational only
    Version                INTEGER NOT NULL
) STRICT;

-- One row per grain state. In SQLite NULLs are distinct in UNIQUE indexes, so the
-- nullable extension is mapped to the blob x'00', which never equals any TEXT value
-- (a NULL extension and an '' extension stay different keys).
CREATE UNIQUE INDEX IF NOT EXISTS UX_OrleansStorage_Grain
    ON OrleansStorage (GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1,
                       ServiceId, GrainTypeString, ifnull(GrainIdExtensionString, x'00'));

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Single upsert statement:
--   no row,  version NULL     -> INSERT, returns 1
--   no row,  version given    -> SELECT yields nothing, returns nothing (conflict:
--                                the state was deleted by someone else)
--   row,     version NULL     -> ON CONFLICT, DO UPDATE ... WHERE is false, returns
--                                nothing (conflict: someone else created it first)
--   row,     version matches  -> DO UPDATE, returns version + 1
--   row,     version stale    -> DO UPDATE ... WHERE is false, returns nothing
('WriteToStorageKey', '
INSERT INTO OrleansStorage
    (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
     GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
       @GrainIdExtensionString, @ServiceId, @PayloadBinary, datetime(''now''), 1
WHERE @GrainStateVersion IS NULL
   OR EXISTS (SELECT 1 FROM OrleansStorage
              WHERE GrainIdHash   = @GrainIdHash
                AND GrainTypeHash = @GrainTypeHash
                AND GrainIdN0     = @GrainIdN0
                AND GrainIdN1     = @GrainIdN1
                AND ServiceId     = @ServiceId
                AND GrainTypeString = @GrainTypeString
                AND GrainIdExtensionString IS @GrainIdExtensionString)
ON CONFLICT (GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1,
             ServiceId, GrainTypeString, ifnull(GrainIdExtensionString, x''00''))
DO UPDATE SET
    PayloadBinary = excluded.PayloadBinary,
    ModifiedOn    = excluded.ModifiedOn,
    Version       = Version + 1
WHERE @GrainStateVersion IS NOT NULL
  AND Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;
'),

('ReadFromStorageKey', '
SELECT PayloadBinary AS PayloadBinary,
       Version       AS Version
FROM   OrleansStorage
WHERE  GrainIdHash   = @GrainIdHash
  AND  GrainTypeHash = @GrainTypeHash
  AND  GrainIdN0     = @GrainIdN0
  AND  GrainIdN1     = @GrainIdN1
  AND  ServiceId     = @ServiceId
  AND  GrainTypeString = @GrainTypeString
  AND  GrainIdExtensionString IS @GrainIdExtensionString;
'),

('ClearStorageKey', '
UPDATE OrleansStorage
SET    PayloadBinary = NULL,
       ModifiedOn    = datetime(''now''),
       Version       = Version + 1
WHERE  GrainIdHash   = @GrainIdHash
  AND  GrainTypeHash = @GrainTypeHash
  AND  GrainIdN0     = @GrainIdN0
  AND  GrainIdN1     = @GrainIdN1
  AND  ServiceId     = @ServiceId
  AND  GrainTypeString = @GrainTypeString
  AND  GrainIdExtensionString IS @GrainIdExtensionString
  AND  Version       = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;
'),

('DeleteStorageKey', '
DELETE FROM OrleansStorage
WHERE  GrainIdHash   = @GrainIdHash
  AND  GrainTypeHash = @GrainTypeHash
  AND  GrainIdN0     = @GrainIdN0
  AND  GrainIdN1     = @GrainIdN1
  AND  ServiceId     = @ServiceId
  AND  GrainTypeString = @GrainTypeString
  AND  GrainIdExtensionString IS @GrainIdExtensionString
  AND  Version       = @GrainStateVersion
RETURNING Version + 1 AS NewGrainStateVersion;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

COMMIT;
