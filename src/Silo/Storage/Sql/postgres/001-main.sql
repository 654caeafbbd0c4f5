-- =============================================================================
-- Orchestrator / Orleans ADO.NET: query catalogue (PostgreSQL >= 12)
--
-- Orleans' ADO.NET providers do not embed SQL. At start-up each provider runs
--     SELECT QueryKey, QueryText FROM OrleansQuery [WHERE QueryKey = ...]
-- and afterwards only executes the QueryText it found there, binding named
-- parameters (@GrainIdHash, @DeploymentId, ...). This script creates that table;
-- 002..004 fill it.
--
-- Idempotent and safe to run concurrently from several hosts: everything runs in
-- one transaction that first takes a transaction-scoped advisory lock. The same
-- lock key is used by every script in this folder, so concurrent start-ups
-- serialise instead of racing on CREATE TABLE / CREATE FUNCTION.
-- Lock key 5715430318658950226 = 0x4F52434845535452 = ASCII 'ORCHESTR'.
-- =============================================================================

BEGIN;

SELECT pg_advisory_xact_lock(5715430318658950226);

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL,
    QueryText text        NOT NULL,

    CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey)
);

COMMIT;
