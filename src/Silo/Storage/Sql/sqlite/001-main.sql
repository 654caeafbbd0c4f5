-- =============================================================================
-- Orchestrator / Orleans ADO.NET: query catalogue (SQLite >= 3.35, embedded default)
--
-- Used through Microsoft.Data.Sqlite under the Orleans invariant "System.Data.SQLite".
-- Orleans reads its SQL from this table at start-up:
--     SELECT QueryKey, QueryText FROM OrleansQuery WHERE QueryKey = ...
--
-- Idempotent. Safe when several processes run it at once: BEGIN IMMEDIATE takes the
-- database write lock up front, busy_timeout makes the others wait for it.
-- Can be executed as one command text by Microsoft.Data.Sqlite or by the sqlite3 CLI.
-- =============================================================================

PRAGMA busy_timeout = 10000;

-- WAL lets grain reads proceed while a write is in progress. The setting is stored in
-- the database file (must be issued outside a transaction; no-op for :memory:).
PRAGMA journal_mode = WAL;

BEGIN IMMEDIATE;

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  TEXT NOT NULL,
    QueryText TEXT NOT NULL,

    CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey)
);

COMMIT;
