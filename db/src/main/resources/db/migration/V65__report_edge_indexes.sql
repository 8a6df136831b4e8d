-- A period cut mid-month asks two things of the dossiers decided in its edge days: per business,
-- whether it has a supported decision in the period's whole months (V63), and the sum of their
-- DISBURSE and CLAWBACK entries. Both are lookups spread over the whole of an index, and at a million
-- dossiers the two indexes (120 and 54 MB) were more than the buffer pool keeps of pages read once: a
-- report read most of them again from disk each time it was asked, a second or more every time.
--
-- The business check now reads an index whose only string is the status: the dossier's support item
-- gives its code, category and policy version (support_item is a few rows). Less than half the size.
ALTER TABLE application
    DROP INDEX ix_application_item,
    ADD INDEX ix_application_business_decided (organisation_id, decision_date, status, support_item_id, fiscal_year);

-- The ledger's money index leads with the entry type: a dossier's DISBURSE entries are looked up in
-- the DISBURSE part (a quarter of the index), its CLAWBACK entries in the far smaller CLAWBACK part.
-- A dossier's entries by application alone stay on ix_ledger_application.
ALTER TABLE ledger_entry
    DROP INDEX ix_ledger_application_money,
    ADD INDEX ix_ledger_money (entry_type, application_id, amount_vnd);
