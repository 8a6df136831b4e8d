package vn.subsidyflow.web.report;

/**
 * What the report tally must hold, counted again from the dossiers and the ledger by V62's own
 * grouping: the tests compare the tally SupportSummary keeps on every save against these.
 */
final class TallyRecount {

    private static final String GROUPS = """
            CROSS JOIN (SELECT 'TOTAL' AS grouped_by, 0 AS in_category UNION ALL SELECT 'TOTAL', 1
                        UNION ALL SELECT 'ITEM', 0 UNION ALL SELECT 'ITEM', 1
                        UNION ALL SELECT 'VERSION', 0 UNION ALL SELECT 'VERSION', 1 UNION ALL SELECT 'FISCAL', 1) g""";
    private static final String CATEGORY = "CASE WHEN g.in_category = 1 THEN a.category ELSE '' END";
    private static final String KEY = "CASE g.grouped_by WHEN 'ITEM' THEN a.support_item_code "
            + "WHEN 'VERSION' THEN CAST(a.policy_version_id AS CHAR) WHEN 'FISCAL' THEN CAST(a.fiscal_year AS CHAR) ELSE '' END";
    private static final String MONTH = "YEAR(a.decision_date) * 100 + MONTH(a.decision_date)";
    private static final String SUPPORTED = " WHERE a.status IN ('APPROVED', 'WAITLISTED', 'AWAITING_COMPLETION', "
            + "'AWAITING_PAYMENT', 'PAID') AND a.decision_date IS NOT NULL AND a.fiscal_year IS NOT NULL ";

    /** V62's back-fill of the per-business rows, as a query: what report_tally_business must hold. */
    static final String BUSINESSES_FROM_DOSSIERS = "SELECT a.organisation_id, g.grouped_by, " + CATEGORY + " AS category, "
            + KEY + " AS group_key, " + MONTH + " AS decision_month, COUNT(*) AS dossiers FROM application a " + GROUPS
            + SUPPORTED + "GROUP BY 1, 2, 3, 4, 5";

    /** The figures rows (previous_month = -1) recounted from the dossiers and their ledger entries. */
    static final String FIGURES_FROM_DOSSIERS = "SELECT g.grouped_by, " + CATEGORY + " AS category, " + KEY
            + " AS group_key, " + MONTH + " AS decision_month, COUNT(*) AS dossiers, CAST(SUM(a.approved_amount_vnd) AS SIGNED) AS approved,"
            + " CAST(SUM(a.paid_amount_vnd) AS SIGNED) AS paid, CAST(SUM(COALESCE(l.disbursed, 0)) AS SIGNED) AS disbursed,"
            + " CAST(SUM(COALESCE(l.clawed_back, 0)) AS SIGNED) AS clawed_back"
            + " FROM application a LEFT JOIN (SELECT application_id,"
            + " SUM(CASE WHEN entry_type = 'DISBURSE' THEN amount_vnd ELSE 0 END) AS disbursed,"
            + " SUM(CASE WHEN entry_type = 'CLAWBACK' THEN amount_vnd ELSE 0 END) AS clawed_back"
            + " FROM ledger_entry WHERE application_id IS NOT NULL GROUP BY application_id) l ON l.application_id = a.id "
            + GROUPS + SUPPORTED + "GROUP BY 1, 2, 3, 4";

    /** Each business once per group and month, by its previous month of decision in the group: what the businesses rows must hold. */
    static final String SPANS_FROM_BUSINESSES = """
            SELECT grouped_by, category, group_key, decision_month, previous_month, COUNT(*) AS businesses
            FROM (SELECT grouped_by, category, group_key, decision_month,
                         COALESCE(LAG(decision_month) OVER (PARTITION BY organisation_id, grouped_by, category, group_key
                                                            ORDER BY decision_month), 0) AS previous_month
                  FROM report_tally_business WHERE dossiers > 0) b
            GROUP BY grouped_by, category, group_key, decision_month, previous_month""";

    private TallyRecount() {
    }
}
