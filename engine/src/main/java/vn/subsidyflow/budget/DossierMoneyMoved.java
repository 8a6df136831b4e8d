package vn.subsidyflow.budget;

/**
 * Published inside the transaction when the ledger appends money paid to or recovered from a
 * dossier: a DISBURSE ({@code clawedBackVnd} 0) or a CLAWBACK ({@code disbursedVnd} 0). Lets the
 * period report keep the ledger's side of its cross-check without reading the ledger.
 */
public record DossierMoneyMoved(long applicationId, long disbursedVnd, long clawedBackVnd) {
}
