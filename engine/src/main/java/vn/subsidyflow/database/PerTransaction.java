package vn.subsidyflow.database;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What one transaction keeps for itself (rows it has already read): bound to the running
 * transaction on first use and dropped when it ends, committed or rolled back, so a retry or the
 * next command reads afresh. Outside a transaction every call gets a fresh value nobody keeps.
 */
public final class PerTransaction {

    private PerTransaction() {
    }

    /** The running transaction's value under {@code key}, made by {@code fresh} on first use. */
    public static <T> T current(Object key, Class<T> type, Supplier<T> fresh) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return fresh.get();
        }
        T held = type.cast(TransactionSynchronizationManager.getResource(key));
        if (held == null) {
            held = fresh.get();
            TransactionSynchronizationManager.bindResource(key, held);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        return held;
    }

    /** The running transaction's value under {@code key}, if it has made one. */
    public static <T> Optional<T> ifKept(Object key, Class<T> type) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        return Optional.ofNullable(type.cast(TransactionSynchronizationManager.getResource(key)));
    }
}
