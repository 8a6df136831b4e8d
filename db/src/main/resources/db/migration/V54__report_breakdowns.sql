-- The period report's breakdowns per support item and per policy version, and its filters on them,
-- read the same covering index as the per-year rows: the item code and the version are appended to
-- it (same name, so every reader that forces it keeps working), and the range scan on the decision
-- date still never touches the table rows.
DROP INDEX ix_application_report ON application;
CREATE INDEX ix_application_report ON application
    (decision_date, status, fiscal_year, category, organisation_id, approved_amount_vnd, paid_amount_vnd,
     support_item_code, policy_version_id);

-- The report's cross-check with the ledger sums each dossier's DISBURSE and CLAWBACK entries from
-- this index alone, one short range per dossier.
CREATE INDEX ix_ledger_application_money ON ledger_entry (application_id, entry_type, amount_vnd);
