-- Schema version 1. Frozen: later changes go into new migration files, never here.
-- Every case-data table: UUID primary key, field values, then sync bookkeeping:
--   _deleted  versioned tombstone flag (content blanked on deletion)
--   _v        field versions: JSON list of [replica, counter, hlc, author, [fields]]
--   _seq      local change sequence, to find what a peer has not acknowledged
--   _extra    fields from a newer version, kept verbatim so they survive a round trip

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE version_vector (replica TEXT PRIMARY KEY, counter INTEGER NOT NULL);

CREATE TABLE etablissement (
    id TEXT PRIMARY KEY,
    nom TEXT,
    type TEXT,
    ville TEXT,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT
);
CREATE INDEX etablissement_seq ON etablissement(_seq);

CREATE TABLE partenaire (
    id TEXT PRIMARY KEY,
    nom TEXT,
    type TEXT,
    contact TEXT,
    telephone TEXT,
    adresse TEXT,
    sensible INTEGER,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT
);
CREATE INDEX partenaire_seq ON partenaire(_seq);

CREATE TABLE dispositif (
    id TEXT PRIMARY KEY,
    nom TEXT,
    revele_justice INTEGER,
    regles TEXT,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT
);
CREATE INDEX dispositif_seq ON dispositif(_seq);

CREATE TABLE jeune (
    id TEXT PRIMARY KEY,
    nom_naissance TEXT,
    nom_usage TEXT,
    prenoms TEXT,
    sexe TEXT,
    date_naissance TEXT,
    telephone TEXT,
    email TEXT,
    adresse TEXT,
    commune TEXT,
    ou_joindre TEXT,
    representant_legal TEXT,
    pas_de_telephone INTEGER,
    refuse_sms INTEGER,
    id_imilo TEXT,
    id_france_travail TEXT,
    referent TEXT,
    _search TEXT NOT NULL DEFAULT '',
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT
);
CREATE INDEX jeune_seq ON jeune(_seq);

CREATE TABLE profil (
    id TEXT PRIMARY KEY,
    jeune_id TEXT,
    date TEXT,
    niveau_formation TEXT,
    diplome TEXT,
    logement TEXT,
    rqth INTEGER,
    ressources TEXT,
    inscrit_france_travail INTEGER,
    permis TEXT,
    qpv INTEGER,
    qpv_annee INTEGER,
    plie INTEGER,
    plie_date TEXT,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT
);
CREATE INDEX profil_seq ON profil(_seq);
CREATE INDEX profil_jeune ON profil(jeune_id);

CREATE TABLE suivi_judiciaire (
    id TEXT PRIMARY KEY,
    jeune_id TEXT,
    milieu TEXT,
    statut TEXT,
    etablissement_id TEXT,
    date_ecrou TEXT,
    date_liberation_prev TEXT,
    date_levee_ecrou TEXT,
    type_sortie TEXT,
    spip_antenne TEXT,
    cpip_nom TEXT,
    cpip_contact TEXT,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT
);
CREATE INDEX suivi_judiciaire_seq ON suivi_judiciaire(_seq);
CREATE INDEX suivi_judiciaire_jeune ON suivi_judiciaire(jeune_id);

CREATE TABLE positionnement (
    id TEXT PRIMARY KEY,
    jeune_id TEXT,
    date TEXT,
    origine TEXT,
    prescripteur TEXT,
    statut TEXT,
    dispositif_id TEXT,
    date_premier_entretien TEXT,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT
);
CREATE INDEX positionnement_seq ON positionnement(_seq);
CREATE INDEX positionnement_jeune ON positionnement(jeune_id);

CREATE TABLE accompagnement (
    id TEXT PRIMARY KEY,
    jeune_id TEXT,
    dispositif_id TEXT,
    date_entree TEXT,
    date_fin TEXT,
    motif_sortie TEXT,
    referent TEXT,
    financeurs TEXT,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT
);
CREATE INDEX accompagnement_seq ON accompagnement(_seq);
CREATE INDEX accompagnement_jeune ON accompagnement(jeune_id);

CREATE TABLE eligibilite (
    id TEXT PRIMARY KEY,
    jeune_id TEXT,
    dispositif_id TEXT,
    date TEXT,
    auteur TEXT,
    resultat TEXT,
    reponses TEXT,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT
);
CREATE INDEX eligibilite_seq ON eligibilite(_seq);
CREATE INDEX eligibilite_jeune ON eligibilite(jeune_id);

CREATE TABLE actualite (
    id TEXT PRIMARY KEY,
    jeune_id TEXT,
    date TEXT,
    heure TEXT,
    duree INTEGER,
    type TEXT,
    lieu TEXT,
    presence TEXT,
    themes TEXT,
    note TEXT,
    etablissement_id TEXT,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT
);
CREATE INDEX actualite_seq ON actualite(_seq);
CREATE INDEX actualite_jeune ON actualite(jeune_id);

CREATE TABLE frein (
    id TEXT PRIMARY KEY,
    jeune_id TEXT,
    theme TEXT,
    situation TEXT,
    statut TEXT,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT
);
CREATE INDEX frein_seq ON frein(_seq);
CREATE INDEX frein_jeune ON frein(jeune_id);

CREATE TABLE objectif (
    id TEXT PRIMARY KEY,
    jeune_id TEXT,
    theme TEXT,
    libelle TEXT,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT
);
CREATE INDEX objectif_seq ON objectif(_seq);
CREATE INDEX objectif_jeune ON objectif(jeune_id);

CREATE TABLE action (
    id TEXT PRIMARY KEY,
    jeune_id TEXT,
    objectif_id TEXT,
    libelle TEXT,
    echeance TEXT,
    partenaire_id TEXT,
    acteur TEXT,
    statut TEXT,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT
);
CREATE INDEX action_seq ON action(_seq);
CREATE INDEX action_jeune ON action(jeune_id);

CREATE TABLE orientation (
    id TEXT PRIMARY KEY,
    jeune_id TEXT,
    partenaire_id TEXT,
    date TEXT,
    motif TEXT,
    statut TEXT,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT
);
CREATE INDEX orientation_seq ON orientation(_seq);
CREATE INDEX orientation_jeune ON orientation(jeune_id);

CREATE TABLE situation (
    id TEXT PRIMARY KEY,
    jeune_id TEXT,
    categorie TEXT,
    detail TEXT,
    etat TEXT,
    date_debut TEXT,
    date_fin TEXT,
    employeur TEXT,
    pendant_detention INTEGER,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT
);
CREATE INDEX situation_seq ON situation(_seq);
CREATE INDEX situation_jeune ON situation(jeune_id);

CREATE TABLE amenagement (
    id TEXT PRIMARY KEY,
    jeune_id TEXT,
    type TEXT,
    etape TEXT,
    date_requete TEXT,
    date_decision TEXT,
    date_fin TEXT,
    apports TEXT,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT
);
CREATE INDEX amenagement_seq ON amenagement(_seq);
CREATE INDEX amenagement_jeune ON amenagement(jeune_id);

CREATE TABLE consentement (
    id TEXT PRIMARY KEY,
    jeune_id TEXT,
    portee TEXT,
    date TEXT,
    methode TEXT,
    date_retrait TEXT,
    date_notice TEXT,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT
);
CREATE INDEX consentement_seq ON consentement(_seq);
CREATE INDEX consentement_jeune ON consentement(jeune_id);

CREATE INDEX actualite_date ON actualite(date);
-- Full-text index of notes, filled by the write path once per transaction (a trigger per row is
-- ~30x slower with cipher_memory_security on). Contentless: the text itself lives only in actualite.
CREATE VIRTUAL TABLE actualite_fts USING fts5(note, content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2');

-- Differing concurrent values of one field, kept for a person to choose (SYNC.md).
CREATE TABLE conflict (
    tbl TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,
    vals TEXT NOT NULL,  -- JSON list of [value, replica, counter, hlc, author]
    detected_hlc INTEGER NOT NULL,
    PRIMARY KEY (tbl, record_id, field)
);

-- Field history: who changed what, when, old -> new. Creation is in the access log.
CREATE TABLE history (
    id INTEGER PRIMARY KEY, tbl TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,
    old TEXT, new TEXT, author TEXT NOT NULL, replica TEXT NOT NULL, hlc INTEGER NOT NULL,
    origin TEXT NOT NULL  -- 'saisie', 'synchronisation', 'résolution', 'import'
);
CREATE INDEX history_record ON history(tbl, record_id);

-- Access log: who, when, action, which record; never content. Hash-chained.
CREATE TABLE access_log (
    seq INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, action TEXT NOT NULL,
    tbl TEXT NOT NULL, record_id TEXT NOT NULL, hash TEXT NOT NULL
);
CREATE INDEX access_log_record ON access_log(record_id);

-- Local only, derived: one row per youth with what the list shows, refreshed by the write path
-- for the youths a transaction touched, so that a keystroke in the search box scans one table.
CREATE TABLE jeune_liste (
    jeune_id TEXT PRIMARY KEY, etablissement_id TEXT, milieu TEXT, date_liberation_prev TEXT,
    prochain_rdv TEXT, has_acc INTEGER NOT NULL DEFAULT 0, acc_fin TEXT
);

-- Local only, never synced: drafts typed but not yet saved, and preferences.
CREATE TABLE draft (id TEXT PRIMARY KEY, kind TEXT NOT NULL, jeune_id TEXT, content TEXT NOT NULL,
    updated_at TEXT NOT NULL);
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
