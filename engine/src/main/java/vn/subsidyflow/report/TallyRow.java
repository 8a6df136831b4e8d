package vn.subsidyflow.report;

import java.util.Comparator;

/**
 * A change to one row of {@code report_tally} (V55), every figure added as a delta. A figures row
 * ({@code previousYear} -1) holds dossiers and đồng; a businesses row ({@code previousYear} ≥ 0)
 * holds how many businesses have a decision in {@code decisionYear} whose previous one in the group
 * was in {@code previousYear} (0: none).
 */
record TallyRow(String groupedBy, String category, String groupKey, int decisionYear, int previousYear, long dossiers,
                long approvedVnd, long paidVnd, long disbursedVnd, long clawedBackVnd, long businesses) {

    static final int FIGURES = -1;

    /** The table's key order: concurrent savers lock the rows they share in the same order. */
    static final Comparator<TallyRow> KEY_ORDER = Comparator.comparingInt(TallyRow::decisionYear)
            .thenComparing(TallyRow::groupedBy).thenComparing(TallyRow::category).thenComparing(TallyRow::groupKey)
            .thenComparingInt(TallyRow::previousYear);

    static TallyRow figures(TallyGroup g, int decisionYear, long dossiers, long approvedVnd, long paidVnd, long disbursedVnd,
                            long clawedBackVnd) {
        return new TallyRow(g.groupedBy(), g.category(), g.groupKey(), decisionYear, FIGURES, dossiers, approvedVnd, paidVnd,
                disbursedVnd, clawedBackVnd, 0);
    }

    static TallyRow businesses(TallyGroup g, int decisionYear, int previousYear, long businesses) {
        return new TallyRow(g.groupedBy(), g.category(), g.groupKey(), decisionYear, previousYear, 0, 0, 0, 0, 0, businesses);
    }
}
