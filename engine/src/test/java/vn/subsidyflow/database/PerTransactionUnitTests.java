package vn.subsidyflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class PerTransactionUnitTests {

    private static final Object KEY = new Object();

    @AfterEach
    void noTransactionLeft() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
    }

    @Test
    void outsideATransactionNothingIsKept() {
        List<String> first = PerTransaction.current(KEY, List.class, ArrayList::new);
        first.add("read");
        assertThat(PerTransaction.current(KEY, List.class, ArrayList::new)).isEmpty();
        assertThat(PerTransaction.ifKept(KEY, List.class)).isEmpty();
    }

    @Test
    void aTransactionKeepsItsValueUntilItEnds() {
        TransactionSynchronizationManager.initSynchronization();
        List<String> first = PerTransaction.current(KEY, List.class, ArrayList::new);
        first.add("read");
        assertThat(PerTransaction.current(KEY, List.class, ArrayList::new)).isSameAs(first);
        assertThat(PerTransaction.ifKept(KEY, List.class)).containsSame(first);

        // The end of the transaction, as the transaction manager signals it.
        List<TransactionSynchronization> ending = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        ending.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

        TransactionSynchronizationManager.initSynchronization();
        assertThat(PerTransaction.ifKept(KEY, List.class)).isEmpty();
        assertThat(PerTransaction.current(KEY, List.class, ArrayList::new)).isNotSameAs(first).isEmpty();
    }
}
