package vn.subsidyflow.web.problem;

import java.sql.SQLException;

/** Which integrity refusals of the database are the client's input rather than our bug. */
enum DatabaseRefusal {
    /** A unique value (a username, a tax code, a key) someone else already holds. */
    DUPLICATE,
    /** A text longer than its column, a number out of its column's range, an impossible date. */
    VALUE_TOO_LARGE,
    /** Anything else (a foreign key, a CHECK on the ledger): a bug, answered 500. */
    OTHER;

    private static final int DUPLICATE_ENTRY = 1062;

    static DatabaseRefusal of(Throwable failure) {
        SQLException sql = sqlCause(failure);
        if (sql == null || sql.getSQLState() == null) {
            return OTHER;
        }
        if (sql.getErrorCode() == DUPLICATE_ENTRY) {
            return DUPLICATE;
        }
        return switch (sql.getSQLState()) {
            // string data right truncation, numeric value out of range, invalid datetime format
            case "22001", "22003", "22007", "22008" -> VALUE_TOO_LARGE;
            default -> OTHER;
        };
    }

    static String message(Throwable failure) {
        SQLException sql = sqlCause(failure);
        return sql != null ? sql.getSQLState() + " " + sql.getMessage() : String.valueOf(failure.getMessage());
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
