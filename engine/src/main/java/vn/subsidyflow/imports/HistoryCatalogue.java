package vn.subsidyflow.imports;

import java.time.LocalDate;
import java.util.Map;
import vn.subsidyflow.catalog.Category;

/**
 * What the rows are checked against: the policy versions by code, each with its items, its dates
 * and what its programme total still has room for.
 */
record HistoryCatalogue(Map<String, Version> versions) {

    record Version(long id, String code, LocalDate effectiveFrom, LocalDate effectiveTo, boolean published,
                   long roomVnd, Map<String, Item> items) {

        boolean inForceOn(LocalDate day) {
            return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
        }
    }

    record Item(long id, String code, Category category) {
    }

    /** A decision number already in the database, with what tells whether it is this row's dossier. */
    record ExistingDecision(String decisionNumber, String taxCode, String policyCode, String supportItemCode,
                            LocalDate decidedOn, long approvedVnd) {
    }
}
