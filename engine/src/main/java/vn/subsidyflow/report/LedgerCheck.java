package vn.subsidyflow.report;

/**
 * The report's paid đồng held against the ledger, for the same dossiers: what their DISBURSE entries
 * moved and what CLAWBACK entries recovered. A dossier's paid amount is what was paid to it (a
 * clawback recovers money without unpaying the dossier), so the report's paid figure must equal the
 * ledger's disbursements, and {@code netPaidVnd} is what the programme finally spent on them.
 */
public record LedgerCheck(long reportPaidVnd, long disbursedVnd, long clawedBackVnd) {

    public long netPaidVnd() {
        return disbursedVnd - clawedBackVnd;
    }

    public boolean matches() {
        return reportPaidVnd == disbursedVnd;
    }
}
