package vn.subsidyflow.budget;

/** Published (inside the transaction) when a line gains available money: waitlisted dossiers may now fit. */
public record BudgetLineToppedUp(long lineId) {
}
