package vn.subsidyflow.report;

import java.util.List;
import vn.subsidyflow.application.SupportedApplication;

/**
 * One group the report tally (V55, by month since V62) keeps figures for: every dossier
 * ({@code TOTAL}), a support item code ({@code ITEM}) or a policy version ({@code VERSION}), each over
 * all categories ({@code category} '') and within the dossier's category, so a report narrowed to a
 * category reads that category's rows without counting a business twice; and a fiscal year within
 * the dossier's category ({@code FISCAL}, never over all categories), the report's own rows.
 */
record TallyGroup(String groupedBy, String category, String groupKey) {

    static final String TOTAL = "TOTAL";
    static final String ITEM = "ITEM";
    static final String VERSION = "VERSION";
    static final String FISCAL = "FISCAL";
    static final String ALL_CATEGORIES = "";

    /** The seven groups a supported dossier counts in. */
    static List<TallyGroup> of(SupportedApplication d) {
        String category = d.category().name();
        String version = Long.toString(d.policyVersionId());
        return List.of(new TallyGroup(TOTAL, ALL_CATEGORIES, ""), new TallyGroup(TOTAL, category, ""),
                new TallyGroup(ITEM, ALL_CATEGORIES, d.supportItemCode()), new TallyGroup(ITEM, category, d.supportItemCode()),
                new TallyGroup(VERSION, ALL_CATEGORIES, version), new TallyGroup(VERSION, category, version),
                new TallyGroup(FISCAL, category, Integer.toString(d.fiscalYear())));
    }
}
