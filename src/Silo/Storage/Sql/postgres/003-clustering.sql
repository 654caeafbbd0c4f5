-- =============================================================================
-- Orchestrator / Orleans ADO.NET clustering (membership) (PostgreSQL >= 12)
-- Provider: Microsoft.Orleans.Clustering.AdoNet 10.4.2, Invariant = "Npgsql".
-- Requires 001-main.sql.
--
-- The provider loads ALL rows of OrleansQuery and refuses to start unless these
-- keys exist: GatewaysQueryKey, MembershipReadRowKey, MembershipReadAllKey,
-- InsertMembershipVersionKey, UpdateIAmAlivetimeKey, InsertMembershipKey,
-- UpdateMembershipKey, DeleteMembershipTableEntriesKey, CleanupDefunctSiloEntriesKey.
-- CleanupDefunctSiloEntryKey is optional (10.4.x); when present the provider reads
-- all rows, picks Dead rows older than the cut-off itself and deletes them one by
-- one with the captured values.
--
-- @DeploymentId is ClusterOptions.ClusterId (not the ServiceId).
-- @Version in Insert/Update is the *table* version ETag read before (optimistic
-- concurrency on OrleansMembershipVersionTable.Version); per-row ETags are not used.
-- Boolean-ish queries must return exactly one row with exactly one column
-- (non-zero = success).
--
-- Idempotent; serialised with the shared advisory lock (see 001-main.sql).
-- =============================================================================

BEGIN;

SELECT pg_advisory_xact_lock(5715430318658950226);

-- One row per cluster; Version is bumped by every membership change.
CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150)   NOT NULL,
    Timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    Version      integer        NOT NULL DEFAULT 0,

    CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY (DeploymentId)
);

-- One row per silo incarnation (address, port, generation).
CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150)   NOT NULL,
    Address      varchar(45)    NOT NULL,
    Port         integer        NOT NULL,
    Generation   integer        NOT NULL,
    SiloName     varchar(150)   NOT NULL,
    HostName     varchar(150)   NOT NULL,
    Status       integer        NOT NULL,
    ProxyPort    integer        NOT NULL DEFAULT 0,
    SuspectTimes varchar(8000)  NULL,
    StartTime    timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,

    CONSTRAINT PK_MembershipTable_DeploymentId PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_MembershipTable_MembershipVersionTable_DeploymentId
        FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

-- Custom SQLSTATE 'OR410' is raised and caught only inside the functions below: the
-- EXCEPTION clause turns the function body into a sub-transaction, so raising it
-- undoes the version bump when the row part of a membership write fails.
-- (Not ASSERT: assertions can be disabled with plpgsql.check_asserts = off.)

-- Insert a silo row and bump the table version, atomically and only if the table
-- version still equals p_version. Returns 1 on success, 0 otherwise.
CREATE OR REPLACE FUNCTION orleans_membership_insert(
    p_deployment_id  varchar,
    p_address        varchar,
    p_port           integer,
    p_generation     integer,
    p_silo_name      varchar,
    p_host_name      varchar,
    p_status         integer,
    p_proxy_port     integer,
    p_start_time     timestamptz,
    p_i_am_alive     timestamptz,
    p_version        integer)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
BEGIN
    -- Version row first: every membership writer locks it first (no deadlocks) and a
    -- concurrent writer holding the same ETag re-checks the predicate and loses.
    UPDATE OrleansMembershipVersionTable
    SET    Version = Version + 1, Timestamp = now()
    WHERE  DeploymentId = p_deployment_id AND Version = p_version;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName,
         Status, ProxyPort, StartTime, IAmAliveTime)
    VALUES
        (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name,
         p_status, coalesce(p_proxy_port, 0), p_start_time, p_i_am_alive)
    ON CONFLICT ON CONSTRAINT PK_MembershipTable_DeploymentId DO NOTHING;
    IF NOT FOUND THEN
        -- The silo row already exists: undo the version bump.
        RAISE EXCEPTION USING ERRCODE = 'OR410', MESSAGE = 'rollback';
    END IF;
    RETURN 1;
EXCEPTION WHEN SQLSTATE 'OR410' THEN
    RETURN 0;
END
$fn$;

-- Update status / suspicions / heartbeat of an existing silo row and bump the table
-- version, atomically and only if the table version still equals p_version.
CREATE OR REPLACE FUNCTION orleans_membership_update(
    p_deployment_id  varchar,
    p_address        varchar,
    p_port           integer,
    p_generation     integer,
    p_status         integer,
    p_suspect_times  varchar,
    p_i_am_alive     timestamptz,
    p_version        integer)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
BEGIN
    UPDATE OrleansMembershipVersionTable
    SET    Version = Version + 1, Timestamp = now()
    WHERE  DeploymentId = p_deployment_id AND Version = p_version;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    UPDATE OrleansMembershipTable
    SET    Status       = p_status,
           SuspectTimes = p_suspect_times,
           IAmAliveTime = p_i_am_alive
    WHERE  DeploymentId = p_deployment_id
      AND  Address      = p_address
      AND  Port         = p_port
      AND  Generation   = p_generation;
    IF NOT FOUND THEN
        -- No such silo row: undo the version bump.
        RAISE EXCEPTION USING ERRCODE = 'OR410', MESSAGE = 'rollback';
    END IF;
    RETURN 1;
EXCEPTION WHEN SQLSTATE 'OR410' THEN
    RETURN 0;
END
$fn$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Creates the cluster's version row if missing. 1 = created, 0 = already there.
('InsertMembershipVersionKey', $q$
WITH ins AS (
    INSERT INTO OrleansMembershipVersionTable (DeploymentId)
    VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1
)
SELECT count(*)::integer AS "Result" FROM ins;
$q$),

('InsertMembershipKey', $q$
SELECT orleans_membership_insert(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
                                 @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version) AS "Result";
$q$),

('UpdateMembershipKey', $q$
SELECT orleans_membership_update(@DeploymentId, @Address, @Port, @Generation,
                                 @Status, @SuspectTimes, @IAmAliveTime, @Version) AS "Result";
$q$),

-- Heartbeat: one primary-key update; never touches the table version.
('UpdateIAmAlivetimeKey', $q$
UPDATE OrleansMembershipTable
SET    IAmAliveTime = @IAmAliveTime
WHERE  DeploymentId = @DeploymentId
  AND  Address      = @Address
  AND  Port         = @Port
  AND  Generation   = @Generation;
$q$),

-- Always returns the version row (outer join) so the provider gets the table
-- version even when the silo row does not exist (member columns are then NULL).
('MembershipReadRowKey', $q$
SELECT v.DeploymentId AS "DeploymentId",
       m.Address      AS "Address",
       m.Port         AS "Port",
       m.Generation   AS "Generation",
       m.SiloName     AS "SiloName",
       m.HostName     AS "HostName",
       m.Status       AS "Status",
       m.ProxyPort    AS "ProxyPort",
       m.SuspectTimes AS "SuspectTimes",
       m.StartTime    AS "StartTime",
       m.IAmAliveTime AS "IAmAliveTime",
       v.Version      AS "Version"
FROM   OrleansMembershipVersionTable AS v
LEFT JOIN OrleansMembershipTable AS m
       ON  m.DeploymentId = v.DeploymentId
       AND m.Address      = @Address
       AND m.Port         = @Port
       AND m.Generation   = @Generation
WHERE  v.DeploymentId = @DeploymentId;
$q$),

('MembershipReadAllKey', $q$
SELECT v.DeploymentId AS "DeploymentId",
       m.Address      AS "Address",
       m.Port         AS "Port",
       m.Generation   AS "Generation",
       m.SiloName     AS "SiloName",
       m.HostName     AS "HostName",
       m.Status       AS "Status",
       m.ProxyPort    AS "ProxyPort",
       m.SuspectTimes AS "SuspectTimes",
       m.StartTime    AS "StartTime",
       m.IAmAliveTime AS "IAmAliveTime",
       v.Version      AS "Version"
FROM   OrleansMembershipVersionTable AS v
LEFT JOIN OrleansMembershipTable AS m
       ON m.DeploymentId = v.DeploymentId
WHERE  v.DeploymentId = @DeploymentId;
$q$),

-- Gateway list for clients: active silos (@Status = 3) that expose a gateway port.
('GatewaysQueryKey', $q$
SELECT Address    AS "Address",
       ProxyPort  AS "ProxyPort",
       Generation AS "Generation"
FROM   OrleansMembershipTable
WHERE  DeploymentId = @DeploymentId
  AND  Status       = @Status
  AND  ProxyPort    > 0;
$q$),

('DeleteMembershipTableEntriesKey', $q$
DELETE FROM OrleansMembershipTable        WHERE DeploymentId = @DeploymentId;
DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
$q$),

-- Bulk clean-up (used when CleanupDefunctSiloEntryKey is absent): only Dead (6)
-- rows whose start and last heartbeat are both older than the cut-off.
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM OrleansMembershipTable
WHERE  DeploymentId = @DeploymentId
  AND  Status       = 6
  AND  IAmAliveTime < @IAmAliveTime
  AND  StartTime    < @IAmAliveTime;
$q$),

-- Per-row clean-up (10.4.x, optional): delete one Dead row only if it still has the
-- values the provider read (nobody changed it meanwhile). Does not bump Version.
('CleanupDefunctSiloEntryKey', $q$
DELETE FROM OrleansMembershipTable
WHERE  DeploymentId = @DeploymentId
  AND  Status       = 6
  AND  Address      = @Address
  AND  Port         = @Port
  AND  Generation   = @Generation
  AND  StartTime    = @StartTime
  AND  IAmAliveTime = @IAmAliveTime
  AND  SuspectTimes IS NOT DISTINCT FROM @SuspectTimes;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

COMMIT;
