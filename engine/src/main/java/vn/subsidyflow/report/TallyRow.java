package vn.subsidyflow.report;

import java.util.Comparator;

/**
 * A change to one row of {@code report_tally} (V55, by month since V62), every figure added as a
 * delta. A figures row ({@code previousMonth} -1) holds dossiers and đồng; a businesses row
 * ({@code previousMonth} ≥ 0) holds how many businesses have a decision in {@code decisionMonth}
 * whose previous one in the group was in {@code previousMonth} (0: none). Months are keys
 * {@code year * 100 + month}.
 */
record TallyRow(String groupedBy, String category, String groupKey, int decisionMonth, int previousMonth, long dossiers,
                long approvedVnd, long paidVnd, long disbursedVnd, long clawedBackVnd, long businesses) {

    static final int FIGURES = -1;

    /** The table's key order: concurrent savers lock the rows they share in the same order. */
    static final Comparator<TallyRow> KEY_ORDER = Comparator.comparingInt(TallyRow::decisionMonth)
            .thenComparing(TallyRow::groupedBy).thenComparing(TallyRow::category).thenComparing(TallyRow::groupKey)
            .thenComparingInt(TallyRow::previousMonth);

    static TallyRow figures(TallyGroup g, int decisionMonth, long dossiers, long approvedVnd, long paidVnd, long disbursedVnd,
                            long clawedBackVnd) {
        return new TallyRow(g.groupedBy(), g.category(), g.groupKey(), decisionMonth, FIGURES, dossiers, approvedVnd, paidVnd,
                disbursedVnd, clawedBackVnd, 0);
    }

    static TallyRow businesses(TallyGroup g, int decisionMonth, int previousMonth, long businesses) {
        return new TallyRow(g.groupedBy(), g.category(), g.groupKey(), decisionMonth, previousMonth, 0, 0, 0, 0, 0, businesses);
    }
}
