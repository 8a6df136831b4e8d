package vn.subsidyflow.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * Runs a command in one transaction, retrying it whole when MySQL picks it as a deadlock victim
 * or a lock wait times out. Safe because the whole transaction rolled back, and every command
 * re-reads what it needs. Commands that still conflict after the retries get a named 409; a
 * database that cannot be reached gets a named 503 — never a bare 500.
 * <p>
 * A unique key that refused a row is retried once too: two requests that both saw "no row yet"
 * and inserted it (a first allocation of a budget line, a first claim) race, and the loser's retry
 * sees the winner's committed row and takes the path for an existing one. A command that still
 * breaks a unique key on its retry is not racing: it gets a named 409 {@code DUPLICATE_ENTRY}.
 * Commands that turn a duplicate into their own named failure catch it themselves, inside.
 * <p>
 * The one place a transaction starts (docs/DESIGN.md, "Transactions"): a public engine service runs
 * each command through here; what the command calls joins it ({@code @Transactional(MANDATORY)} for
 * writes that must never run alone, {@code SUPPORTS} for reads). {@code ArchitectureUnitTests} holds it.
 */
@Component
public class Transactions {

    private static final Logger log = LoggerFactory.getLogger(Transactions.class);
    private static final int ATTEMPTS = 5;
    private static final int DUPLICATE_ATTEMPTS = 2;

    private final TransactionTemplate template;

    Transactions(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(transactionManager);
    }

    public <T> T inTransaction(Supplier<T> command) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Nested in a command that is already retried as a whole: a deadlock rolled back the
            // outer transaction too, so only the outermost call may run it again.
            return command.get();
        }
        int duplicates = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                return template.execute(status -> command.get());
            } catch (RuntimeException e) {
                if (isUnreachable(e)) {
                    throw new DomainFailure(FailureCode.DATABASE_UNAVAILABLE,
                            "The database cannot be reached right now. Try again shortly; a request sent with an Idempotency-Key is safe to repeat");
                }
                if (isTimedOut(e)) {
                    throw new DomainFailure(FailureCode.DATABASE_BUSY,
                            "The database did not answer in time, so nothing was changed. Try again later; a request sent with an Idempotency-Key is safe to repeat");
                }
                if (isDuplicateKey(e)) {
                    if (++duplicates >= DUPLICATE_ATTEMPTS) {
                        throw new DomainFailure(FailureCode.DUPLICATE_ENTRY,
                                "The same record was created by another request at the same moment; reload and try again");
                    }
                    log.debug("Retrying after a duplicate key: {}", e.getMessage());
                    continue;
                }
                if (!isTransientConflict(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw new DomainFailure(FailureCode.CONCURRENT_UPDATE,
                            "The dossier or budget was changed by someone else at the same moment; try again");
                }
                log.debug("Retrying after a lock conflict (attempt {}): {}", attempt, e.getMessage());
                pause(attempt);
            }
        }
    }

    public void run(Runnable command) {
        inTransaction(() -> {
            command.run();
            return null;
        });
    }

    /** Deadlock victims, lock wait time-outs, stale versions: the whole transaction can run again. */
    static boolean isTransientConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyFailureException || t instanceof FlowableOptimisticLockingException
                    || t instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }

    /** A unique key refused an insert or update (MySQL/MariaDB error 1062, SQLState 23000). */
    static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.dao.DuplicateKeyException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }

    /** No connection could be had, or it broke: the database is down or unreachable. */
    /**
     * Whether a statement ran past its time limit (the mapper's timeout, or the server's
     * {@code max_statement_time}): the transaction was rolled back, and the database is busy, not
     * broken, so the caller is told to try again rather than given an internal error.
     */
    public static boolean isTimedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.dao.QueryTimeoutException || t instanceof java.sql.SQLTimeoutException) {
                return true;
            }
            // MariaDB's max_statement_time (1969) and MySQL's max_execution_time (3024).
            if (t instanceof SQLException sql && (sql.getErrorCode() == 1969 || sql.getErrorCode() == 3024)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof org.springframework.dao.RecoverableDataAccessException
                    // The connection broke inside the transaction, so its rollback or commit failed.
                    || t instanceof org.springframework.transaction.TransactionSystemException) {
                return true;
            }
            // SQLState class 08: connection exception, whatever the driver's exception type.
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep((long) (Math.random() * 20 * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
