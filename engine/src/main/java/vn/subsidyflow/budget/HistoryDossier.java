package vn.subsidyflow.budget;

import java.time.Instant;

/**
 * An imported dossier's money as it moved: committed on its decision, paid (and what was not paid
 * released) on its payment day, on its line. See {@link BudgetLedger#recordHistoryDossiers}.
 */
public record HistoryDossier(long applicationId, long lineId, long approvedVnd, long paidVnd, String decisionNumber,
                             Instant decidedAt, Instant paidAt) {
}
