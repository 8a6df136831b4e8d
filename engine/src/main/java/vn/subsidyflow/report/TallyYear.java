package vn.subsidyflow.report;

/** One row of {@code report_tally_business} (V55): a business's dossiers in a group decided in one year. */
record TallyYear(String groupedBy, String category, String groupKey, int decisionYear, long dossiers) {

    TallyGroup group() {
        return new TallyGroup(groupedBy, category, groupKey);
    }
}
