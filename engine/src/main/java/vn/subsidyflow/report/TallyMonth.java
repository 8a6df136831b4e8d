package vn.subsidyflow.report;

/**
 * One row of {@code report_tally_business} (V55, by month since V62): a business's dossiers in a
 * group decided in one month ({@code year * 100 + month}).
 */
record TallyMonth(String groupedBy, String category, String groupKey, int decisionMonth, long dossiers) {

    TallyGroup group() {
        return new TallyGroup(groupedBy, category, groupKey);
    }
}
