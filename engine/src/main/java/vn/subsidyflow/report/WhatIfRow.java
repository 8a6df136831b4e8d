package vn.subsidyflow.report;

/**
 * One support item (by code) or category of a what-if: the dossiers decided in the period, what
 * was approved for them, how many the draft would support (its item with the same code exists and
 * its eligibility rules hold) and what the draft would pay them ({@code min(rate × cost, cap)},
 * rounded down to 1 000 đ, as the catalog computes it).
 */
public record WhatIfRow(String key, String category, String nameVi, String nameEn, boolean inDraft, long dossiers,
                        long approvedVnd, long qualified, long draftCostVnd) {

    /** What the draft would cost more (positive) or less (negative) than what was approved. */
    public long differenceVnd() {
        return draftCostVnd - approvedVnd;
    }
}
