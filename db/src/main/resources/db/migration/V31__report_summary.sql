-- A summary of supported dossiers for the period report, kept by report.SupportSummary in the
-- transaction of every dossier save, so a report over whole years reads a few rows instead of
-- scanning a million dossiers. "Supported" is the set the exact report counts (PeriodReportMapper):
-- APPROVED, WAITLISTED, AWAITING_COMPLETION, AWAITING_PAYMENT, PAID.
--
-- decision_year is the year of the decision date (what the report's period filters on);
-- fiscal_year is the budget year the dossier sits in (what the report groups by). They differ for
-- a commitment carried over at fiscal-year end.

-- Supported dossiers per business: lets the summary count distinct businesses exactly.
CREATE TABLE report_business (
    fiscal_year      INT         NOT NULL,
    category         VARCHAR(40) NOT NULL,
    organisation_id  BIGINT      NOT NULL,
    decision_year    INT         NOT NULL,
    dossiers         BIGINT      NOT NULL,
    PRIMARY KEY (fiscal_year, category, organisation_id, decision_year),
    -- Businesses decided in a range of years, for a report whose period ends before the fiscal year.
    INDEX ix_report_business_decided (fiscal_year, category, decision_year, organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per decision year, fiscal year and category: dossiers and đồng, and last_decided_businesses =
-- how many businesses have their latest supported decision (within this fiscal year and category)
-- in this decision year. Summed over decision years from Y, it counts each business supported by a
-- decision from Y on exactly once.
CREATE TABLE report_support (
    decision_year            INT         NOT NULL,
    fiscal_year              INT         NOT NULL,
    category                 VARCHAR(40) NOT NULL,
    dossiers                 BIGINT      NOT NULL,
    approved_vnd             BIGINT      NOT NULL,
    paid_vnd                 BIGINT      NOT NULL,
    last_decided_businesses  BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (decision_year, fiscal_year, category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Back-fill from the dossiers (the bench's HistoryGenerator.settleReport runs the same statements).
INSERT INTO report_business (fiscal_year, category, organisation_id, decision_year, dossiers)
SELECT fiscal_year, category, organisation_id, YEAR(decision_date), COUNT(*)
FROM application
WHERE status IN ('APPROVED', 'WAITLISTED', 'AWAITING_COMPLETION', 'AWAITING_PAYMENT', 'PAID')
  AND decision_date IS NOT NULL AND fiscal_year IS NOT NULL
GROUP BY fiscal_year, category, organisation_id, YEAR(decision_date);

INSERT INTO report_support (decision_year, fiscal_year, category, dossiers, approved_vnd, paid_vnd)
SELECT YEAR(decision_date), fiscal_year, category, COUNT(*), COALESCE(SUM(approved_amount_vnd), 0),
       COALESCE(SUM(paid_amount_vnd), 0)
FROM application
WHERE status IN ('APPROVED', 'WAITLISTED', 'AWAITING_COMPLETION', 'AWAITING_PAYMENT', 'PAID')
  AND decision_date IS NOT NULL AND fiscal_year IS NOT NULL
GROUP BY YEAR(decision_date), fiscal_year, category;

UPDATE report_support s
JOIN (SELECT fiscal_year, category, latest, COUNT(*) AS businesses
      FROM (SELECT fiscal_year, category, organisation_id, MAX(decision_year) AS latest
            FROM report_business GROUP BY fiscal_year, category, organisation_id) b
      GROUP BY fiscal_year, category, latest) l
  ON l.fiscal_year = s.fiscal_year AND l.category = s.category AND l.latest = s.decision_year
SET s.last_decided_businesses = l.businesses;
