-- Schema version 6: the referent's week (permanence slots and bookings, identity documents,
-- consents to share with the SPIP, commissions). Frozen once released.
--
-- suivi_judiciaire gains "identifiant_etablissement": migrations.py rebuilds that table from
-- its specification (storage.repository.rebuild_table) after this file.

CREATE TABLE piece_identite (
    id TEXT PRIMARY KEY,
    jeune_id TEXT,
    type TEXT,
    date_expiration TEXT,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT,
    _ctx TEXT
);
CREATE INDEX piece_identite_seq ON piece_identite(_seq);
CREATE INDEX piece_identite_jeune ON piece_identite(jeune_id);

CREATE TABLE creneau (
    id TEXT PRIMARY KEY,
    etablissement_id TEXT,
    jour TEXT,
    heure_debut TEXT,
    heure_fin TEXT,
    periodicite INTEGER,
    date_debut TEXT,
    date_fin TEXT,
    libelle TEXT,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT,
    _ctx TEXT
);
CREATE INDEX creneau_seq ON creneau(_seq);

CREATE TABLE inscription (
    id TEXT PRIMARY KEY,
    jeune_id TEXT,
    creneau_id TEXT,
    date TEXT,
    heure TEXT,
    origine TEXT,
    statut TEXT,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT,
    _ctx TEXT
);
CREATE INDEX inscription_seq ON inscription(_seq);
CREATE INDEX inscription_jeune ON inscription(jeune_id);
CREATE INDEX inscription_date ON inscription(date);

CREATE TABLE accord_partage (
    id TEXT PRIMARY KEY,
    jeune_id TEXT,
    element_table TEXT,
    element_id TEXT,
    date TEXT,
    methode TEXT,
    avec_note INTEGER,
    date_retrait TEXT,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT,
    _ctx TEXT
);
CREATE INDEX accord_partage_seq ON accord_partage(_seq);
CREATE INDEX accord_partage_jeune ON accord_partage(jeune_id);

CREATE TABLE commission (
    id TEXT PRIMARY KEY,
    date TEXT,
    intitule TEXT,
    lieu TEXT,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT,
    _ctx TEXT
);
CREATE INDEX commission_seq ON commission(_seq);

CREATE TABLE passage_commission (
    id TEXT PRIMARY KEY,
    jeune_id TEXT,
    commission_id TEXT,
    situation TEXT,
    decision TEXT,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT,
    _ctx TEXT
);
CREATE INDEX passage_commission_seq ON passage_commission(_seq);
CREATE INDEX passage_commission_jeune ON passage_commission(jeune_id);
