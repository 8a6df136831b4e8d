-- A dossier filed on paper at the one-stop desk by an intake officer, on behalf of a registered
-- business: the business sees it in its portal like any other, and the record says how it came in.
ALTER TABLE application ADD COLUMN filed_at_counter BOOLEAN NOT NULL DEFAULT FALSE;
