-- Schema version 2: USB synchronisation (SYNC.md). Frozen once released.
--
-- _ctx on every case table: the record's causal context, JSON {replica: counter}, the highest
-- counter of every replica whose writes to this record this installation has seen (joined with
-- the dots in _v when read). A received value whose dot the local context covers was already
-- seen here and superseded; that is what makes import idempotent and order-independent.
ALTER TABLE etablissement ADD COLUMN _ctx TEXT;
ALTER TABLE partenaire ADD COLUMN _ctx TEXT;
ALTER TABLE dispositif ADD COLUMN _ctx TEXT;
ALTER TABLE jeune ADD COLUMN _ctx TEXT;
ALTER TABLE profil ADD COLUMN _ctx TEXT;
ALTER TABLE suivi_judiciaire ADD COLUMN _ctx TEXT;
ALTER TABLE positionnement ADD COLUMN _ctx TEXT;
ALTER TABLE accompagnement ADD COLUMN _ctx TEXT;
ALTER TABLE eligibilite ADD COLUMN _ctx TEXT;
ALTER TABLE actualite ADD COLUMN _ctx TEXT;
ALTER TABLE frein ADD COLUMN _ctx TEXT;
ALTER TABLE objectif ADD COLUMN _ctx TEXT;
ALTER TABLE action ADD COLUMN _ctx TEXT;
ALTER TABLE orientation ADD COLUMN _ctx TEXT;
ALTER TABLE situation ADD COLUMN _ctx TEXT;
ALTER TABLE amenagement ADD COLUMN _ctx TEXT;
ALTER TABLE consentement ADD COLUMN _ctx TEXT;

-- This installation's device identity (Ed25519 + ML-DSA-65 + ML-KEM-768/X25519 seeds), only ever
-- stored inside the encrypted database.
CREATE TABLE sync_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    private BLOB NOT NULL,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- The other installations this one exchanges bundles with. At the office: the enrolled laptops
-- (the device registry); on a laptop: the office.
CREATE TABLE sync_device (
    device_id TEXT PRIMARY KEY,
    role TEXT NOT NULL,             -- 'office' | 'laptop'
    label TEXT NOT NULL,
    public BLOB NOT NULL,
    status TEXT NOT NULL,           -- 'active' | 'revoked'
    scope TEXT,                     -- JSON list of [kind, value] (office side, laptops only)
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT,
    out_seq INTEGER NOT NULL DEFAULT 0   -- sequence number of the last bundle written for it
);

-- What is known of each replica of a peer (a restored peer gets a new replica id).
--   last_seq      sequence number of the last bundle imported from that replica (replays)
--   have_hw       this installation holds every row that replica had written up to this local
--                 change sequence of theirs (echoed back to them as an acknowledgement)
--   echo_replica, echo_hw   their acknowledgement of OUR rows: they hold every row we wrote up
--                 to echo_hw, valid only while our replica id is still echo_replica
--   retired       a newer replica of the same device exists: its acknowledgements no longer count
CREATE TABLE sync_replica (
    device_id TEXT NOT NULL,
    replica TEXT NOT NULL,
    last_seq INTEGER NOT NULL DEFAULT 0,
    have_hw INTEGER NOT NULL DEFAULT 0,
    echo_replica TEXT,
    echo_hw INTEGER NOT NULL DEFAULT 0,
    retired INTEGER NOT NULL DEFAULT 0,
    last_seen TEXT,
    PRIMARY KEY (device_id, replica)
);

-- Office side: the youths each laptop holds or is being sent.
--   added_hw    local change sequence of the first bundle that carried the whole case file
--               (NULL: to be sent whole in the next bundle)
--   removed_hw  the youth left the laptop's scope: the purge order goes in every bundle until
--               the laptop acknowledges a bundle at or after this point
CREATE TABLE sync_member (
    device_id TEXT NOT NULL,
    jeune_id TEXT NOT NULL,
    added_hw INTEGER,
    removed_hw INTEGER,
    PRIMARY KEY (device_id, jeune_id)
);

-- Laptop side: youths the office asked to remove while they still held changes the office had
-- not received; removed at a later import once the office has them.
CREATE TABLE sync_pending_purge (jeune_id TEXT PRIMARY KEY, requested_at TEXT NOT NULL);

-- Bundles written and read, for the "history of bundles" screen (no case data).
CREATE TABLE sync_bundle_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    direction TEXT NOT NULL,        -- 'export' | 'import'
    device_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    kind TEXT NOT NULL,             -- 'data' | 'enrolment'
    records INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0,
    purges INTEGER NOT NULL DEFAULT 0,
    size INTEGER NOT NULL DEFAULT 0,
    file_name TEXT
);

-- Laptop side: the last device registry signed by the office (canonical JSON + signatures).
CREATE TABLE sync_registry (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL,
    body BLOB NOT NULL,
    ed25519_sig BLOB NOT NULL,
    mldsa_sig BLOB NOT NULL
);

-- Local change sequences given to rows that an import from a peer left exactly as that peer sent
-- them: the peer already holds those states, so bundles for it skip them (no echo of its own
-- work back to it). Tied to the peer's replica: a restored peer no longer holds them.
CREATE TABLE sync_echo (
    device_id TEXT NOT NULL,
    replica TEXT NOT NULL,
    seq_from INTEGER NOT NULL,
    seq_to INTEGER NOT NULL,
    PRIMARY KEY (device_id, replica, seq_from)
);
