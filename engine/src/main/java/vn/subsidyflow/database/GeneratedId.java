package vn.subsidyflow.database;

/**
 * Receives the id the database generated for an insert of a record (a record cannot take it as a
 * property). Passed beside the record, with {@code useGeneratedKeys="true" keyProperty="key.value"}:
 * the driver returns the id with the insert's reply, where {@code SELECT LAST_INSERT_ID()} costs a
 * round trip of its own.
 */
public final class GeneratedId {

    private Long value;

    public Long getValue() {
        return value;
    }

    public void setValue(Long value) {
        this.value = value;
    }

    /** The generated id; only after the insert. */
    public long get() {
        if (value == null) {
            throw new IllegalStateException("No id was generated: the insert has not run");
        }
        return value;
    }
}
