-- Schema version 7: handover between Missions Locales, and retention. Frozen once released.

-- Orders to erase what a record's content leaves behind (field history, conflicts' old values,
-- drafts, full-text index) after a legal erasure or an anonymisation. They travel in bundles
-- (line kind "x") so that every installation erases the same traces; _seq-like numbering (the
-- change sequence) lets a bundle carry those a peer has not acknowledged.
--   fields   JSON list of field names, or '*' for every field of the record
CREATE TABLE erasure_order (
    tbl TEXT NOT NULL,
    record_id TEXT NOT NULL,
    fields TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (tbl, record_id, fields)
);
CREATE INDEX erasure_order_seq ON erasure_order(seq);

-- Other Missions Locales this office trusts for handovers (office side only). Their keys were
-- compared by fingerprint once; a revoked one stays, refused, so its keys cannot come back.
--   in_seq   sequence of the last transfer accepted from it (replays)
--   out_seq  sequence of the last transfer written for it
CREATE TABLE office_peer (
    office_id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    structure TEXT NOT NULL,
    public BLOB NOT NULL,
    status TEXT NOT NULL,           -- 'active' | 'revoked'
    added_at TEXT NOT NULL,
    revoked_at TEXT,
    in_seq INTEGER NOT NULL DEFAULT 0,
    out_seq INTEGER NOT NULL DEFAULT 0
);

-- Sending side: one row per youth transferred ("transféré à … le …"), and when to erase.
--   erase_after   day from which the case file is erased everywhere (NULL: kept)
--   erased_at     when it was; kept_reason: why it was not (programme still following)
CREATE TABLE transfer_out (
    transfer_id TEXT NOT NULL,
    jeune_id TEXT NOT NULL,
    office_id TEXT NOT NULL,
    office_label TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    at TEXT NOT NULL,
    consent TEXT NOT NULL,          -- JSON: date, methode, recorded_by
    erase_after TEXT,
    erased_at TEXT,
    PRIMARY KEY (transfer_id, jeune_id)
);

-- Receiving side: transfers accepted (no case data: ids and counts).
CREATE TABLE transfer_in (
    transfer_id TEXT PRIMARY KEY,
    office_id TEXT NOT NULL,
    office_label TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    sent_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    youths TEXT NOT NULL            -- JSON list of [local jeune id, 'created' | 'merged']
);

-- Provenance of every record received in a transfer: "reçu de la Mission Locale de …, le …".
CREATE TABLE record_provenance (
    tbl TEXT NOT NULL,
    record_id TEXT NOT NULL,
    transfer_id TEXT NOT NULL,
    office_label TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (tbl, record_id, transfer_id)
);

-- Retention rules as data (office), and the log of their runs (no case data: counts).
CREATE TABLE retention_rule (
    id TEXT PRIMARY KEY,
    body TEXT NOT NULL,             -- JSON, see services.retention
    position INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE retention_run (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    summary TEXT NOT NULL           -- JSON: {rule id: {"case_files": n, "records": m}}
);
