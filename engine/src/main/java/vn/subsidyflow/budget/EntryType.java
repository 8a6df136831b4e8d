package vn.subsidyflow.budget;

/** Ledger movements, and what each does to its line's balances. */
public enum EntryType {
    /** allocated += amount (also the opening allocation and top-ups). */
    ALLOCATE,
    /** allocated −= amount on this line, += amount on the other line. */
    TRANSFER,
    /** committed += amount, for an approved dossier. */
    COMMIT,
    /** committed −= amount: a commitment given back (withdrawn, lapsed, carried over). */
    RELEASE,
    /** committed −= amount, disbursed += amount: money paid out. */
    DISBURSE,
    /** disbursed −= amount: money recovered from a business, available again. */
    CLAWBACK
}
