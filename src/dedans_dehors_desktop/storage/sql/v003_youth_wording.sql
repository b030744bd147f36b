-- Schema version 3: the wording shown to the youth on the printed summary, distinct from the
-- internal label (issue 11). Empty means "the label, if it passes the paper checks".
ALTER TABLE action ADD COLUMN libelle_jeune TEXT;
ALTER TABLE actualite ADD COLUMN lieu_jeune TEXT;
ALTER TABLE partenaire ADD COLUMN nom_jeune TEXT;
