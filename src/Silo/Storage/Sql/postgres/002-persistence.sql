-- =============================================================================
-- Orchestrator / Orleans ADO.NET grain persistence (PostgreSQL >= 12)
-- Provider: Microsoft.Orleans.Persistence.AdoNet 10.4.2, Invariant = "Npgsql".
-- Requires 001-main.sql.
--
-- Contract (AdoNetGrainStorage):
--   parameters : @GrainIdHash int, @GrainIdN0 bigint, @GrainIdN1 bigint,
--                @GrainTypeHash int, @GrainTypeString text,
--                @GrainIdExtensionString text (NULL when the key has no string part),
--                @ServiceId text (ClusterOptions.ServiceId),
--                @GrainStateVersion int (NULL = grain has no ETag yet),
--                @PayloadBinary bytea (write only)
--   WriteToStorageKey  -> column NewGrainStateVersion: exactly one row with the new
--                         version on success, NO row on an ETag conflict.
--   ReadFromStorageKey -> columns PayloadBinary, Version; zero or one row.
--   ClearStorageKey    -> first column = new version; no row on conflict.
--   DeleteStorageKey   -> first column = deleted version + 1; no row on conflict
--                         (only used when AdoNetGrainStorageOptions.DeleteStateOnClear).
--   The provider raises InconsistentStateException when the returned version is
--   missing, empty or equal to the ETag it sent, so "no row" == conflict.
--
-- Differences from the upstream sample script (deliberate):
--   * a UNIQUE constraint identifies a grain state row, so even concurrent first
--     writes of the same grain (split brain) cannot create duplicate rows: the
--     loser's INSERT hits ON CONFLICT DO NOTHING, returns no row -> conflict.
--   * string columns are text (string grain keys can exceed 512 chars); the unique
--     key uses an md5 digest of the string parts to keep the index narrow.
--
-- Idempotent; serialised with the shared advisory lock (see 001-main.sql).
-- =============================================================================

BEGIN;

SELECT pg_advisory_xact_lock(5715430318658950226);

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            integer     NOT NULL,
    GrainIdN0              bigint      NOT NULL,
    GrainIdN1              bigint      NOT NULL,
    GrainTypeHash          integer     NOT NULL,
    GrainTypeString        text        NOT NULL,
    GrainIdExtensionString text        NULL,
    ServiceId              text        NOT NULL,
    PayloadBinary          bytea       NULL,
    ModifiedOn             timestamptz NOT NULL DEFAULT now(),
    Version                integer     NOT NULL,
    -- Digest of the variable-length identity parts. NULL and '' extensions differ.
    KeyDigest              text GENERATED ALWAYS AS (
                               md5(ServiceId) || md5(GrainTypeString)
                               || coalesce(md5(GrainIdExtensionString), '-')) STORED,

    CONSTRAINT UQ_OrleansStorage_Grain
        UNIQUE (GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1, KeyDigest)
);

-- Write = optimistic insert-or-update.
--   p_grain_state_version IS NULL : insert version 1; if the row already exists
--                                   nothing happens and no row is returned.
--   otherwise                     : update only when the stored version equals
--                                   p_grain_state_version; returns version + 1.
-- Under READ COMMITTED a concurrent writer with the same version blocks on the row
-- lock, then re-checks "Version = p_grain_state_version" and updates nothing.
CREATE OR REPLACE FUNCTION orleans_storage_write(
    p_grain_id_hash             integer,
    p_grain_id_n0               bigint,
    p_grain_id_n1               bigint,
    p_grain_type_hash           integer,
    p_grain_type_string         text,
    p_grain_id_extension_string text,
    p_service_id                text,
    p_grain_state_version       integer,
    p_payload_binary            bytea)
RETURNS TABLE (new_version integer)
LANGUAGE plpgsql
AS $fn$
BEGIN
    IF p_grain_state_version IS NULL THEN
        RETURN QUERY
        INSERT INTO OrleansStorage AS s
            (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
             GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
        VALUES
            (p_grain_id_hash, p_grain_id_n0, p_grain_id_n1, p_grain_type_hash, p_grain_type_string,
             p_grain_id_extension_string, p_service_id, p_payload_binary, now(), 1)
        ON CONFLICT ON CONSTRAINT UQ_OrleansStorage_Grain DO NOTHING
        RETURNING s.Version;
    ELSE
        RETURN QUERY
        UPDATE OrleansStorage AS s
        SET    PayloadBinary = p_payload_binary,
               ModifiedOn    = now(),
               Version       = s.Version + 1
        WHERE  s.GrainIdHash   = p_grain_id_hash
          AND  s.GrainTypeHash = p_grain_type_hash
          AND  s.GrainIdN0     = p_grain_id_n0
          AND  s.GrainIdN1     = p_grain_id_n1
          AND  s.ServiceId     = p_service_id
          AND  s.GrainTypeString = p_grain_type_string
          AND  s.GrainIdExtensionString IS NOT DISTINCT FROM p_grain_id_extension_string
          AND  s.Version       = p_grain_state_version
        RETURNING s.Version;
    END IF;
END
$fn$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('WriteToStorageKey', $q$
SELECT w.new_version AS "NewGrainStateVersion"
FROM orleans_storage_write(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
                           @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary) AS w;
$q$),

('ReadFromStorageKey', $q$
SELECT s.PayloadBinary AS "PayloadBinary",
       s.Version       AS "Version"
FROM   OrleansStorage AS s
WHERE  s.GrainIdHash   = @GrainIdHash
  AND  s.GrainTypeHash = @GrainTypeHash
  AND  s.GrainIdN0     = @GrainIdN0
  AND  s.GrainIdN1     = @GrainIdN1
  AND  s.ServiceId     = @ServiceId
  AND  s.GrainTypeString = @GrainTypeString
  AND  s.GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString;
$q$),

-- Clear keeps the row (payload NULL) and bumps the version, so a later write with
-- the returned ETag continues the version sequence.
('ClearStorageKey', $q$
UPDATE OrleansStorage AS s
SET    PayloadBinary = NULL,
       ModifiedOn    = now(),
       Version       = s.Version + 1
WHERE  s.GrainIdHash   = @GrainIdHash
  AND  s.GrainTypeHash = @GrainTypeHash
  AND  s.GrainIdN0     = @GrainIdN0
  AND  s.GrainIdN1     = @GrainIdN1
  AND  s.ServiceId     = @ServiceId
  AND  s.GrainTypeString = @GrainTypeString
  AND  s.GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
  AND  s.Version       = @GrainStateVersion
RETURNING s.Version AS "NewGrainStateVersion";
$q$),

('DeleteStorageKey', $q$
DELETE FROM OrleansStorage AS s
WHERE  s.GrainIdHash   = @GrainIdHash
  AND  s.GrainTypeHash = @GrainTypeHash
  AND  s.GrainIdN0     = @GrainIdN0
  AND  s.GrainIdN1     = @GrainIdN1
  AND  s.ServiceId     = @ServiceId
  AND  s.GrainTypeString = @GrainTypeString
  AND  s.GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
  AND  s.Version       = @GrainStateVersion
RETURNING s.Version + 1 AS "NewGrainStateVersion";
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

COMMIT;
