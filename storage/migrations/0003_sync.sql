-- Sync with a hosted account (../shared/SYNC_API.md, docs/SYNC_SERVER.md).
--
-- sync_outbox holds every local change still to be pushed, one row per
-- record, written by triggers in the same transaction as the change whatever
-- the caller; `revision` counts changes since the row was queued, so that an
-- acknowledged push removes the row only when nothing changed meanwhile, and
-- `idempotency_key` is reused by every retry of the push. The sync client's
-- own applies of pulled changes set sync_apply.active inside their
-- transaction, so they are not queued again.

CREATE TABLE sync_apply (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    active INTEGER NOT NULL CHECK (active IN (0, 1))
) STRICT;
INSERT INTO sync_apply (id, active) VALUES (1, 0);

CREATE TABLE sync_outbox (
    collection      TEXT NOT NULL CHECK (collection IN ('clients', 'invoices')),
    record_id       TEXT NOT NULL,
    op              TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    revision        INTEGER NOT NULL DEFAULT 1,
    idempotency_key TEXT NOT NULL DEFAULT (lower(hex(randomblob(16)))),
    queued_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT '',
    UNIQUE (collection, record_id)
) STRICT;

-- The server version each record had when this vault last saw it: the
-- If-Match of the next push, and how pulled echoes of our own pushes are told
-- from other devices' changes.
CREATE TABLE sync_records (
    collection     TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    server_version INTEGER NOT NULL,
    PRIMARY KEY (collection, record_id)
) STRICT, WITHOUT ROWID;

-- Pull cursors per collection, server URL, options, last error, last sync.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Conflicts resolved by keeping the server's version and a local copy.
CREATE TABLE sync_conflicts (
    id          INTEGER PRIMARY KEY,
    collection  TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    copy_id     TEXT NOT NULL DEFAULT '',
    message     TEXT NOT NULL,
    detected_at TEXT NOT NULL
) STRICT;

CREATE TRIGGER sync_clients_insert AFTER INSERT ON clients
WHEN (SELECT active FROM sync_apply WHERE id = 1) = 0
BEGIN
    INSERT INTO sync_outbox (collection, record_id, op) VALUES ('clients', NEW.id, 'upsert')
    ON CONFLICT (collection, record_id) DO UPDATE SET op = 'upsert', revision = revision + 1;
END;

CREATE TRIGGER sync_clients_update AFTER UPDATE ON clients
WHEN (SELECT active FROM sync_apply WHERE id = 1) = 0
BEGIN
    INSERT INTO sync_outbox (collection, record_id, op) VALUES ('clients', NEW.id, 'upsert')
    ON CONFLICT (collection, record_id) DO UPDATE SET op = 'upsert', revision = revision + 1;
END;

CREATE TRIGGER sync_clients_delete AFTER DELETE ON clients
WHEN (SELECT active FROM sync_apply WHERE id = 1) = 0
BEGIN
    INSERT INTO sync_outbox (collection, record_id, op) VALUES ('clients', OLD.id, 'delete')
    ON CONFLICT (collection, record_id) DO UPDATE SET op = 'delete', revision = revision + 1;
END;

CREATE TRIGGER sync_documents_insert AFTER INSERT ON documents
WHEN (SELECT active FROM sync_apply WHERE id = 1) = 0
BEGIN
    INSERT INTO sync_outbox (collection, record_id, op) VALUES ('invoices', NEW.id, 'upsert')
    ON CONFLICT (collection, record_id) DO UPDATE SET op = 'upsert', revision = revision + 1;
END;

CREATE TRIGGER sync_documents_update AFTER UPDATE ON documents
WHEN (SELECT active FROM sync_apply WHERE id = 1) = 0
BEGIN
    INSERT INTO sync_outbox (collection, record_id, op) VALUES ('invoices', NEW.id, 'upsert')
    ON CONFLICT (collection, record_id) DO UPDATE SET op = 'upsert', revision = revision + 1;
END;

CREATE TRIGGER sync_documents_delete AFTER DELETE ON documents
WHEN (SELECT active FROM sync_apply WHERE id = 1) = 0
BEGIN
    INSERT INTO sync_outbox (collection, record_id, op) VALUES ('invoices', OLD.id, 'delete')
    ON CONFLICT (collection, record_id) DO UPDATE SET op = 'delete', revision = revision + 1;
END;

CREATE TRIGGER sync_payments_insert AFTER INSERT ON payments
WHEN (SELECT active FROM sync_apply WHERE id = 1) = 0
BEGIN
    INSERT INTO sync_outbox (collection, record_id, op)
    VALUES ('invoices', NEW.document_id, 'upsert')
    ON CONFLICT (collection, record_id) DO UPDATE SET op = 'upsert', revision = revision + 1;
END;
