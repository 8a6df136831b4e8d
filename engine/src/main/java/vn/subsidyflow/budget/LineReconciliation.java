package vn.subsidyflow.budget;

import vn.subsidyflow.catalog.Category;

/**
 * One line's maintained balances beside the same balances recomputed from its ledger entries:
 * allocated = ALLOCATE + TRANSFER in − TRANSFER out; committed = COMMIT − RELEASE − DISBURSE;
 * disbursed = DISBURSE − CLAWBACK.
 */
public record LineReconciliation(long lineId, long policyVersionId, int fiscalYear, Category category,
                                 long allocatedVnd, long committedVnd, long disbursedVnd,
                                 long ledgerAllocatedVnd, long ledgerCommittedVnd, long ledgerDisbursedVnd) {

    public boolean consistent() {
        return allocatedVnd == ledgerAllocatedVnd && committedVnd == ledgerCommittedVnd && disbursedVnd == ledgerDisbursedVnd
                && committedVnd + disbursedVnd <= allocatedVnd;
    }
}
