package vn.subsidyflow.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;
import vn.subsidyflow.shared.DomainFailure;

class TransactionsUnitTests {

    private final Transactions transactions = new Transactions(manager());

    private static PlatformTransactionManager manager() {
        PlatformTransactionManager manager = mock(PlatformTransactionManager.class);
        when(manager.getTransaction(any())).thenAnswer(invocation -> new SimpleTransactionStatus());
        return manager;
    }

    @Test
    void shouldRunAgainOnceWhenAUniqueKeyLostARace() {
        AtomicInteger attempts = new AtomicInteger();
        String result = transactions.inTransaction(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new DuplicateKeyException("Duplicate entry for key 'uq_budget_line'");
            }
            return "saw the winner's row";
        });
        assertThat(result).isEqualTo("saw the winner's row");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void shouldNameADuplicateThatOutlivesTheRetry() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            attempts.incrementAndGet();
            throw new DataIntegrityViolationException("insert",
                    new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062));
        })).isInstanceOf(DomainFailure.class).hasFieldOrPropertyWithValue("code", "DUPLICATE_ENTRY")
                .hasFieldOrPropertyWithValue("kind", DomainFailure.Kind.CONFLICT);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void shouldNameAStatementThatRanOutOfTimeWithoutRunningItAgain() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            attempts.incrementAndGet();
            throw new QueryTimeoutException("Statement cancelled due to timeout or client request");
        })).isInstanceOf(DomainFailure.class).hasFieldOrPropertyWithValue("code", "DATABASE_BUSY")
                .hasFieldOrPropertyWithValue("kind", DomainFailure.Kind.UNAVAILABLE);
        assertThat(attempts).hasValue(1);
        assertThat(Transactions.isTimedOut(new RuntimeException(new SQLException(
                "Query execution was interrupted (max_statement_time exceeded)", "70100", 1969)))).isTrue();
        assertThat(Transactions.isTimedOut(new RuntimeException(new SQLException("Deadlock found", "40001", 1213)))).isFalse();
    }

    @Test
    void shouldLeaveOtherIntegrityFailuresAlone() {
        DataIntegrityViolationException check = new DataIntegrityViolationException("check",
                new SQLIntegrityConstraintViolationException("CONSTRAINT ck_budget_line_balance failed", "23000", 4025));
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            throw check;
        })).isSameAs(check);
    }
}
