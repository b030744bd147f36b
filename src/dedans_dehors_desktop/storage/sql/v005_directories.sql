-- Schema version 5: directories a Mission Locale keeps itself (issue 14). Frozen once released.
--
-- "retire": an entry no longer offered for new records, kept because records refer to it (an
-- establishment, a partner or a dispositif is retired, never deleted while referenced).
-- "referent": the referents of the structure, the names a case file's "Référent" and a laptop's
-- sync scope "referent:NOM" use.
ALTER TABLE etablissement ADD COLUMN retire INTEGER;
ALTER TABLE partenaire ADD COLUMN retire INTEGER;
ALTER TABLE dispositif ADD COLUMN retire INTEGER;

CREATE TABLE referent (
    id TEXT PRIMARY KEY,
    nom TEXT,
    prenom TEXT,
    telephone TEXT,
    email TEXT,
    retire INTEGER,
    _deleted INTEGER NOT NULL DEFAULT 0,
    _v TEXT NOT NULL,
    _seq INTEGER NOT NULL,
    _extra TEXT,
    _ctx TEXT
);
CREATE INDEX referent_seq ON referent(_seq);
