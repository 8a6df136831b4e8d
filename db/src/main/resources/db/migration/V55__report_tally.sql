-- The period report's tally: every figure a whole-year report returns (distinct businesses over the
-- period, per category, per support item, per policy version, and the ledger cross-check), kept by
-- report.SupportSummary in the transaction of every dossier save and every ledger DISBURSE or
-- CLAWBACK, so that report reads rows whose number does not grow with the dossiers.
--
-- A group is (grouped_by, category, group_key):
--   TOTAL   ''        ''          every supported dossier
--   TOTAL   category  ''          one category
--   ITEM    ''        item code   one support item code, whatever its category
--   ITEM    category  item code   one support item code within one category
--   VERSION ''        version id  one policy version
--   VERSION category  version id  one policy version within one category
-- so a report narrowed to a category reads the rows of that category, and an unnarrowed one the
-- rows with category ''. ("grouping" is a reserved word in MySQL 8, hence grouped_by.)

-- Per group, business and decision year: how many of the business's supported dossiers were decided
-- that year. The key starts with the business: one save reads and locks all of its groups at once.
CREATE TABLE report_tally_business (
    organisation_id  BIGINT      NOT NULL,
    grouped_by       VARCHAR(10) NOT NULL,
    category         VARCHAR(40) NOT NULL,
    group_key        VARCHAR(40) NOT NULL,
    decision_year    INT         NOT NULL,
    dossiers         BIGINT      NOT NULL,
    PRIMARY KEY (organisation_id, grouped_by, category, group_key, decision_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Two kinds of rows per group and decision year:
--  * previous_year = -1: the figures of the dossiers decided that year: dossiers, đồng approved and
--    paid (from the dossiers), and đồng DISBURSED and CLAWED BACK (from the ledger's own appends);
--  * previous_year >= 0: businesses = how many businesses have a decision that year whose previous
--    decision (in the group) was in previous_year (0: none before). A business counts in a range
--    of years once, at its first decision in the range, i.e. the one whose previous decision is
--    before the range: distinct businesses over fromYear … toYear = the sum of businesses over
--    decision_year in the range and previous_year < fromYear. Exact for any range of whole years.
CREATE TABLE report_tally (
    grouped_by       VARCHAR(10) NOT NULL,
    category         VARCHAR(40) NOT NULL,
    group_key        VARCHAR(40) NOT NULL,
    decision_year    INT         NOT NULL,
    previous_year    INT         NOT NULL,
    dossiers         BIGINT      NOT NULL DEFAULT 0,
    approved_vnd     BIGINT      NOT NULL DEFAULT 0,
    paid_vnd         BIGINT      NOT NULL DEFAULT 0,
    disbursed_vnd    BIGINT      NOT NULL DEFAULT 0,
    clawed_back_vnd  BIGINT      NOT NULL DEFAULT 0,
    businesses       BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (decision_year, grouped_by, category, group_key, previous_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Back-fill (the bench's HistoryGenerator.settleReport runs the same statements). The six groups of
-- each supported dossier:
INSERT INTO report_tally_business (organisation_id, grouped_by, category, group_key, decision_year, dossiers)
SELECT a.organisation_id, g.grouped_by,
       CASE WHEN g.in_category = 1 THEN a.category ELSE '' END,
       CASE g.grouped_by WHEN 'ITEM' THEN a.support_item_code WHEN 'VERSION' THEN CAST(a.policy_version_id AS CHAR) ELSE '' END,
       YEAR(a.decision_date), COUNT(*)
FROM application a
CROSS JOIN (SELECT 'TOTAL' AS grouped_by, 0 AS in_category UNION ALL SELECT 'TOTAL', 1
            UNION ALL SELECT 'ITEM', 0 UNION ALL SELECT 'ITEM', 1
            UNION ALL SELECT 'VERSION', 0 UNION ALL SELECT 'VERSION', 1) g
WHERE a.status IN ('APPROVED', 'WAITLISTED', 'AWAITING_COMPLETION', 'AWAITING_PAYMENT', 'PAID')
  AND a.decision_date IS NOT NULL AND a.fiscal_year IS NOT NULL
GROUP BY a.organisation_id, g.grouped_by, CASE WHEN g.in_category = 1 THEN a.category ELSE '' END,
         CASE g.grouped_by WHEN 'ITEM' THEN a.support_item_code WHEN 'VERSION' THEN CAST(a.policy_version_id AS CHAR) ELSE '' END,
         YEAR(a.decision_date);

INSERT INTO report_tally (grouped_by, category, group_key, decision_year, previous_year, dossiers, approved_vnd, paid_vnd,
                          disbursed_vnd, clawed_back_vnd)
SELECT g.grouped_by,
       CASE WHEN g.in_category = 1 THEN a.category ELSE '' END,
       CASE g.grouped_by WHEN 'ITEM' THEN a.support_item_code WHEN 'VERSION' THEN CAST(a.policy_version_id AS CHAR) ELSE '' END,
       YEAR(a.decision_date), -1, COUNT(*), COALESCE(SUM(a.approved_amount_vnd), 0), COALESCE(SUM(a.paid_amount_vnd), 0),
       COALESCE(SUM(l.disbursed_vnd), 0), COALESCE(SUM(l.clawed_back_vnd), 0)
FROM application a
LEFT JOIN (SELECT application_id,
                  SUM(CASE WHEN entry_type = 'DISBURSE' THEN amount_vnd ELSE 0 END) AS disbursed_vnd,
                  SUM(CASE WHEN entry_type = 'CLAWBACK' THEN amount_vnd ELSE 0 END) AS clawed_back_vnd
           FROM ledger_entry WHERE application_id IS NOT NULL AND entry_type IN ('DISBURSE', 'CLAWBACK')
           GROUP BY application_id) l ON l.application_id = a.id
CROSS JOIN (SELECT 'TOTAL' AS grouped_by, 0 AS in_category UNION ALL SELECT 'TOTAL', 1
            UNION ALL SELECT 'ITEM', 0 UNION ALL SELECT 'ITEM', 1
            UNION ALL SELECT 'VERSION', 0 UNION ALL SELECT 'VERSION', 1) g
WHERE a.status IN ('APPROVED', 'WAITLISTED', 'AWAITING_COMPLETION', 'AWAITING_PAYMENT', 'PAID')
  AND a.decision_date IS NOT NULL AND a.fiscal_year IS NOT NULL
GROUP BY g.grouped_by, CASE WHEN g.in_category = 1 THEN a.category ELSE '' END,
         CASE g.grouped_by WHEN 'ITEM' THEN a.support_item_code WHEN 'VERSION' THEN CAST(a.policy_version_id AS CHAR) ELSE '' END,
         YEAR(a.decision_date);

INSERT INTO report_tally (grouped_by, category, group_key, decision_year, previous_year, businesses)
SELECT grouped_by, category, group_key, decision_year, previous_year, COUNT(*)
FROM (SELECT grouped_by, category, group_key, decision_year,
             COALESCE(LAG(decision_year) OVER (PARTITION BY organisation_id, grouped_by, category, group_key
                                               ORDER BY decision_year), 0) AS previous_year
      FROM report_tally_business) b
GROUP BY grouped_by, category, group_key, decision_year, previous_year;
