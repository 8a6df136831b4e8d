-- The staff dossier search filters and sorts by filing day, decision day, support item and
-- decision number. Without these, every such page read all the dossiers and sorted them; with
-- them a filing-day or decision-day range is one index range, already in the page's order (the id
-- breaks ties, as the queries do), and a decision number's prefix is one index range too.
-- A business's name is matched anywhere in it (LIKE '%…%'), which no B-tree index serves; the
-- tax code is matched by its prefix through its unique index.
CREATE INDEX ix_application_submitted ON application (submitted_at, id);
CREATE INDEX ix_application_decided ON application (decision_date, id);
CREATE INDEX ix_application_support_item ON application (support_item_code, id);
CREATE INDEX ix_application_decision_number ON application (decision_number);
