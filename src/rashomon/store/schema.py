"""The SQLite schema, as an ordered list of migrations.

Each migration is ``(name, sql)`` and is applied once, in order; the ``migrations`` table records the
name and when it was applied, and ``PRAGMA user_version`` holds how many have been applied. Never edit
a released migration: append a new one.

Every extracted row carries its ``document_id`` (a foreign key, cascading deletes) and the start, end
and text of each span, so any record can be traced to the sentence it came from.
"""

from __future__ import annotations

MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
)
"""

_INITIAL = """
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    title TEXT,
    url TEXT,
    outlet TEXT,
    published TEXT,
    language TEXT,
    source TEXT,
    status TEXT NOT NULL CHECK (status IN ('analyzed', 'skipped')),
    skip_stage TEXT,
    skip_code TEXT,
    skip_message TEXT,
    fingerprint TEXT NOT NULL
);
CREATE INDEX documents_status ON documents (status, skip_code);

CREATE TABLE statements (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    speaker_name TEXT NOT NULL,
    speaker_side TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_text TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    cue_text TEXT,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    content_text TEXT NOT NULL,
    kind TEXT NOT NULL,
    reported_by TEXT,
    PRIMARY KEY (document_id, id)
);
CREATE INDEX statements_document ON statements (document_id, position);
CREATE INDEX statements_id ON statements (id);
CREATE INDEX statements_speaker ON statements (speaker_name);

CREATE TABLE rebuttals (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    by_party TEXT NOT NULL,
    target TEXT NOT NULL,
    statement_id TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL,
    target_statement_ids TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (document_id, id)
);
CREATE INDEX rebuttals_document ON rebuttals (document_id, position);
CREATE INDEX rebuttals_id ON rebuttals (id);

CREATE TABLE claims (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    value_type TEXT NOT NULL CHECK (value_type IN ('int', 'str', 'count')),
    side TEXT,
    subject TEXT,
    claimed_by TEXT,
    statement_id TEXT,
    precision TEXT,
    place_name TEXT,
    place_admin TEXT,
    place_country TEXT,
    place_lat REAL,
    place_lon REAL,
    place_precision TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL,
    PRIMARY KEY (document_id, id)
);
CREATE INDEX claims_document ON claims (document_id, position);
CREATE INDEX claims_id ON claims (id);
CREATE INDEX claims_field ON claims (field);
"""

# Ordered; append only. Each is applied once, in one transaction.
MIGRATIONS: tuple[tuple[str, str], ...] = (("0001_initial", _INITIAL),)

SCHEMA_VERSION = len(MIGRATIONS)
TABLES: tuple[str, ...] = ("documents", "statements", "rebuttals", "claims")

_INCIDENTS = """
CREATE TABLE link_signatures (
    document_id TEXT PRIMARY KEY,
    signature TEXT NOT NULL
);

CREATE TABLE link_edges (
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    score REAL NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX link_edges_b ON link_edges (b);

CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    date TEXT,
    date_precision TEXT,
    place_name TEXT,
    place_admin TEXT,
    place_country TEXT,
    place_lat REAL,
    place_lon REAL,
    place_precision TEXT,
    event_type TEXT,
    sub_event_type TEXT,
    parties TEXT NOT NULL DEFAULT '[]',
    outlets TEXT NOT NULL DEFAULT '[]',
    claim_ids TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE incident_documents (
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    document_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (incident_id, document_id)
);
CREATE INDEX incident_documents_document ON incident_documents (document_id)
"""

MIGRATIONS = MIGRATIONS + (("0002_incidents", _INCIDENTS),)
SCHEMA_VERSION = len(MIGRATIONS)
LINK_TABLES: tuple[str, ...] = ("link_signatures", "link_edges", "incidents", "incident_documents")

# Accounts side by side, disputes, copies and cross-document rebuttal links of each incident (JSON).
_ACCOUNTS = """
ALTER TABLE incidents ADD COLUMN positions TEXT NOT NULL DEFAULT '[]';
ALTER TABLE incidents ADD COLUMN disputes TEXT NOT NULL DEFAULT '[]';
ALTER TABLE incidents ADD COLUMN copies TEXT NOT NULL DEFAULT '[]';
ALTER TABLE incidents ADD COLUMN rebuttal_targets TEXT NOT NULL DEFAULT '[]'
"""

MIGRATIONS = MIGRATIONS + (("0003_incident_accounts", _ACCOUNTS),)
SCHEMA_VERSION = len(MIGRATIONS)
