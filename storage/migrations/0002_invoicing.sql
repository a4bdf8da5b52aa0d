-- Invoicing core: business profile, clients, products, documents, payments,
-- gapless numbering, per-document tax breakdown and full-text search.
--
-- Entities are stored as their JSON interchange form (docs/JSON_FORMAT.md)
-- in `body`, with the columns that lists, reports and constraints need kept
-- beside it. A document's status and payments live outside its body, so
-- that the body of an issued document never changes.

CREATE TABLE business_profile (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    body       TEXT NOT NULL,
    logo       BLOB,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE clients (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    body       TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX clients_name ON clients (name COLLATE NOCASE);

CREATE TABLE products (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    body       TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX products_name ON products (name COLLATE NOCASE);

CREATE TABLE documents (
    id           TEXT PRIMARY KEY NOT NULL,
    type         TEXT NOT NULL CHECK (type IN ('invoice', 'credit_note', 'quote')),
    status       TEXT NOT NULL,
    number       TEXT,
    issue_date   TEXT,
    due_date     TEXT,
    currency     TEXT NOT NULL,
    client_id    TEXT REFERENCES clients (id),
    client_name  TEXT NOT NULL DEFAULT '',
    net_minor    INTEGER NOT NULL,
    tax_minor    INTEGER NOT NULL,
    gross_minor  INTEGER NOT NULL,
    due_minor    INTEGER NOT NULL,
    paid_minor   INTEGER NOT NULL DEFAULT 0,
    credited_minor INTEGER NOT NULL DEFAULT 0,
    corrects_id  TEXT REFERENCES documents (id),
    body         TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK (status = 'draft' OR number IS NOT NULL)
) STRICT;
CREATE UNIQUE INDEX documents_number ON documents (type, number) WHERE number IS NOT NULL;
CREATE INDEX documents_by_date ON documents (issue_date DESC, number DESC);
CREATE INDEX documents_by_client ON documents (client_id, issue_date);
CREATE INDEX documents_by_status ON documents (status, due_date);
CREATE INDEX documents_by_type_date ON documents (type, issue_date DESC);
CREATE INDEX documents_corrects ON documents (corrects_id) WHERE corrects_id IS NOT NULL;

CREATE TABLE document_tax (
    document_id   TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    category      TEXT NOT NULL,
    rate_scaled   INTEGER NOT NULL,
    taxable_minor INTEGER NOT NULL,
    tax_minor     INTEGER NOT NULL,
    PRIMARY KEY (document_id, category, rate_scaled)
) STRICT, WITHOUT ROWID;

CREATE TABLE payments (
    id           TEXT PRIMARY KEY NOT NULL,
    document_id  TEXT NOT NULL REFERENCES documents (id),
    paid_on      TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    method       TEXT NOT NULL DEFAULT '',
    reference    TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX payments_by_document ON payments (document_id);

-- Next number per document type and numbering period (a year, or '' when
-- numbers never reset). Advanced in the transaction that issues.
CREATE TABLE number_sequences (
    type     TEXT NOT NULL,
    period   TEXT NOT NULL,
    next_seq INTEGER NOT NULL CHECK (next_seq >= 1),
    PRIMARY KEY (type, period)
) STRICT, WITHOUT ROWID;

CREATE VIRTUAL TABLE documents_fts USING fts5 (
    number, client_name, lines, notes,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Issued documents are immutable: only status, payments total, version and
-- updated_at may change, and status never returns to draft.
CREATE TRIGGER documents_immutable BEFORE UPDATE ON documents
WHEN OLD.status <> 'draft' AND (
    NEW.status = 'draft'
    OR NEW.body IS NOT OLD.body OR NEW.number IS NOT OLD.number OR NEW.type IS NOT OLD.type
    OR NEW.issue_date IS NOT OLD.issue_date OR NEW.due_date IS NOT OLD.due_date
    OR NEW.currency IS NOT OLD.currency OR NEW.client_id IS NOT OLD.client_id
    OR NEW.client_name IS NOT OLD.client_name OR NEW.net_minor IS NOT OLD.net_minor
    OR NEW.tax_minor IS NOT OLD.tax_minor OR NEW.gross_minor IS NOT OLD.gross_minor
    OR NEW.due_minor IS NOT OLD.due_minor OR NEW.corrects_id IS NOT OLD.corrects_id
    OR NEW.id IS NOT OLD.id OR NEW.created_at IS NOT OLD.created_at)
BEGIN
    SELECT RAISE(ABORT, 'immutable: issued documents cannot be changed');
END;

CREATE TRIGGER documents_no_delete_issued BEFORE DELETE ON documents
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'immutable: issued documents cannot be deleted');
END;

CREATE TRIGGER document_tax_frozen_insert BEFORE INSERT ON document_tax
WHEN (SELECT status FROM documents WHERE id = NEW.document_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'immutable: issued documents cannot be changed');
END;

CREATE TRIGGER document_tax_frozen_update BEFORE UPDATE ON document_tax
WHEN (SELECT status FROM documents WHERE id = OLD.document_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'immutable: issued documents cannot be changed');
END;

CREATE TRIGGER document_tax_frozen_delete BEFORE DELETE ON document_tax
WHEN (SELECT status FROM documents WHERE id = OLD.document_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'immutable: issued documents cannot be changed');
END;

CREATE TRIGGER payments_only_on_issued BEFORE INSERT ON payments
WHEN (SELECT status FROM documents WHERE id = NEW.document_id) IN ('draft', 'voided')
    OR (SELECT type FROM documents WHERE id = NEW.document_id) = 'quote'
BEGIN
    SELECT RAISE(ABORT, 'immutable: payments are recorded only on issued invoices');
END;

CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments
BEGIN
    SELECT RAISE(ABORT, 'immutable: a payment cannot be changed');
END;

CREATE TRIGGER clients_no_delete_used BEFORE DELETE ON clients
WHEN EXISTS (SELECT 1 FROM documents WHERE client_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'conflict: the client is used on documents; archive it instead');
END;
