package vn.subsidyflow.budget;

/** What a line paid to one dossier and has not yet recovered (its DISBURSE less its CLAWBACK entries). */
public record PaidOnLine(long lineId, long netPaidVnd) {
}
