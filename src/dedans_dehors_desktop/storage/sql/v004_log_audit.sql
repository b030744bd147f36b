-- Schema version 4: the access logs of the laptops, verified at the office (sync/log_audit.py).
-- (Numbered 5: versions 3 and 4 are taken by work merged alongside; renumber at merge if not.)
--
-- At the office, per laptop: the last head verified (sequence number and hash of its last log
-- line) and the lines received (ids and metadata only, as in the laptop's own log: never any
-- content), so that a later bundle can be compared line by line with what was received.
CREATE TABLE log_audit_head (
    device_id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL,
    received_at TEXT NOT NULL
);

CREATE TABLE log_audit_line (
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    tbl TEXT NOT NULL,
    record_id TEXT NOT NULL,
    hash TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
) WITHOUT ROWID;

-- What the verification found: one line per finding, in French, kept for good.
CREATE TABLE log_audit_alert (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    detail TEXT NOT NULL
);
