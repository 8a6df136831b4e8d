-- The period report's edges (the days of a part-month at each end of a period) ask, per business and
-- tally group, whether the period's whole months already count the business. report_tally_business
-- answers it, but at a million dossiers it holds gigabytes, and each check was a page read from disk.
-- ix_application_item already leads with the business; with the other keys of the tally's groups
-- (decision date, category, policy version, fiscal year) it answers the same checks alone, a tenth
-- of the size, and its leading columns still serve what it served.
ALTER TABLE application
    DROP INDEX ix_application_item,
    ADD INDEX ix_application_item (organisation_id, support_item_code, status, decision_date, category, policy_version_id,
                                   fiscal_year);
