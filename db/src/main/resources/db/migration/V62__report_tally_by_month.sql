-- The report tally (V55) kept per decision MONTH instead of per decision year, so a period made of
-- whole months is read from the tally alone and only the days of a part-month at each edge are
-- counted from the dossiers. A month is the key YEAR(d) * 100 + MONTH(d) (e.g. 202107): months order
-- as years did, so "previous decision before the range" stays previous_month < the range's first
-- month, and the sentinels stay: previous_month -1 = the figures row, 0 = no earlier decision.
--
-- A seventh group, FISCAL (category = the dossier's own category, never ''; group_key = its fiscal
-- year as text), gives the report's per-fiscal-year-and-category rows, with their distinct
-- businesses, for any range of whole months.
ALTER TABLE report_tally_business RENAME COLUMN decision_year TO decision_month;
ALTER TABLE report_tally RENAME COLUMN decision_year TO decision_month;
ALTER TABLE report_tally RENAME COLUMN previous_year TO previous_month;

-- The year rows mean nothing per month: both tables are counted again from the dossiers and the ledger.
DELETE FROM report_tally;
DELETE FROM report_tally_business;

-- Back-fill (the bench's HistoryGenerator.settleReport runs the same statements). The seven groups of
-- each supported dossier:
INSERT INTO report_tally_business (organisation_id, grouped_by, category, group_key, decision_month, dossiers)
SELECT a.organisation_id, g.grouped_by,
       CASE WHEN g.in_category = 1 THEN a.category ELSE '' END,
       CASE g.grouped_by WHEN 'ITEM' THEN a.support_item_code WHEN 'VERSION' THEN CAST(a.policy_version_id AS CHAR)
                         WHEN 'FISCAL' THEN CAST(a.fiscal_year AS CHAR) ELSE '' END,
       YEAR(a.decision_date) * 100 + MONTH(a.decision_date), COUNT(*)
FROM application a
CROSS JOIN (SELECT 'TOTAL' AS grouped_by, 0 AS in_category UNION ALL SELECT 'TOTAL', 1
            UNION ALL SELECT 'ITEM', 0 UNION ALL SELECT 'ITEM', 1
            UNION ALL SELECT 'VERSION', 0 UNION ALL SELECT 'VERSION', 1 UNION ALL SELECT 'FISCAL', 1) g
WHERE a.status IN ('APPROVED', 'WAITLISTED', 'AWAITING_COMPLETION', 'AWAITING_PAYMENT', 'PAID')
  AND a.decision_date IS NOT NULL AND a.fiscal_year IS NOT NULL
GROUP BY a.organisation_id, g.grouped_by, CASE WHEN g.in_category = 1 THEN a.category ELSE '' END,
         CASE g.grouped_by WHEN 'ITEM' THEN a.support_item_code WHEN 'VERSION' THEN CAST(a.policy_version_id AS CHAR)
                           WHEN 'FISCAL' THEN CAST(a.fiscal_year AS CHAR) ELSE '' END,
         YEAR(a.decision_date) * 100 + MONTH(a.decision_date);

INSERT INTO report_tally (grouped_by, category, group_key, decision_month, previous_month, dossiers, approved_vnd, paid_vnd,
                          disbursed_vnd, clawed_back_vnd)
SELECT g.grouped_by,
       CASE WHEN g.in_category = 1 THEN a.category ELSE '' END,
       CASE g.grouped_by WHEN 'ITEM' THEN a.support_item_code WHEN 'VERSION' THEN CAST(a.policy_version_id AS CHAR)
                         WHEN 'FISCAL' THEN CAST(a.fiscal_year AS CHAR) ELSE '' END,
       YEAR(a.decision_date) * 100 + MONTH(a.decision_date), -1, COUNT(*), COALESCE(SUM(a.approved_amount_vnd), 0),
       COALESCE(SUM(a.paid_amount_vnd), 0), COALESCE(SUM(l.disbursed_vnd), 0), COALESCE(SUM(l.clawed_back_vnd), 0)
FROM application a
LEFT JOIN (SELECT application_id,
                  SUM(CASE WHEN entry_type = 'DISBURSE' THEN amount_vnd ELSE 0 END) AS disbursed_vnd,
                  SUM(CASE WHEN entry_type = 'CLAWBACK' THEN amount_vnd ELSE 0 END) AS clawed_back_vnd
           FROM ledger_entry WHERE application_id IS NOT NULL AND entry_type IN ('DISBURSE', 'CLAWBACK')
           GROUP BY application_id) l ON l.application_id = a.id
CROSS JOIN (SELECT 'TOTAL' AS grouped_by, 0 AS in_category UNION ALL SELECT 'TOTAL', 1
            UNION ALL SELECT 'ITEM', 0 UNION ALL SELECT 'ITEM', 1
            UNION ALL SELECT 'VERSION', 0 UNION ALL SELECT 'VERSION', 1 UNION ALL SELECT 'FISCAL', 1) g
WHERE a.status IN ('APPROVED', 'WAITLISTED', 'AWAITING_COMPLETION', 'AWAITING_PAYMENT', 'PAID')
  AND a.decision_date IS NOT NULL AND a.fiscal_year IS NOT NULL
GROUP BY g.grouped_by, CASE WHEN g.in_category = 1 THEN a.category ELSE '' END,
         CASE g.grouped_by WHEN 'ITEM' THEN a.support_item_code WHEN 'VERSION' THEN CAST(a.policy_version_id AS CHAR)
                           WHEN 'FISCAL' THEN CAST(a.fiscal_year AS CHAR) ELSE '' END,
         YEAR(a.decision_date) * 100 + MONTH(a.decision_date);

INSERT INTO report_tally (grouped_by, category, group_key, decision_month, previous_month, businesses)
SELECT grouped_by, category, group_key, decision_month, previous_month, COUNT(*)
FROM (SELECT grouped_by, category, group_key, decision_month,
             COALESCE(LAG(decision_month) OVER (PARTITION BY organisation_id, grouped_by, category, group_key
                                                ORDER BY decision_month), 0) AS previous_month
      FROM report_tally_business) b
GROUP BY grouped_by, category, group_key, decision_month, previous_month;
