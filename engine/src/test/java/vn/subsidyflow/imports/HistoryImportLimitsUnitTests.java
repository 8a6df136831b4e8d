package vn.subsidyflow.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.subsidyflow.audit.AuditTrail;
import vn.subsidyflow.budget.BudgetLedger;
import vn.subsidyflow.catalog.PolicyVersions;
import vn.subsidyflow.database.BatchStatements;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.Role;

/**
 * What keeps a node alive through an upload: a file the heap has no room for is refused before it
 * is read, and one import runs at a time. Both are decided before the database is asked anything;
 * the file read here (when it is) is empty, refused as such without a transaction.
 */
class HistoryImportLimitsUnitTests {

    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN), null, "127.0.0.1");

    private static HistoryImports imports(long memoryBudgetBytes) {
        return new HistoryImports(mock(ImportMapper.class), mock(BatchStatements.class), mock(PolicyVersions.class),
                mock(BudgetLedger.class), mock(AuditTrail.class), mock(Transactions.class),
                new ImportSettings(33_554_432L, 200_000, 4, memoryBudgetBytes), Clock.systemUTC());
    }

    @Test
    void aFileTheMemoryBudgetCannotHoldIsRefusedBeforeItIsRead() {
        HistoryImports imports = imports(1_000_000);
        AtomicBoolean read = new AtomicBoolean();
        // 300 000 bytes × 4 is more than the 1 000 000 bytes allowed.
        assertThatThrownBy(() -> imports.importFile(ADMIN, "history.csv", 300_000, () -> {
            read.set(true);
            return new byte[0];
        })).isInstanceOfSatisfying(DomainFailure.class, failure -> {
            assertThat(failure.failureCode().name()).isEqualTo("IMPORT_TOO_LARGE_FOR_MEMORY");
            assertThat(failure.getMessage()).contains("split the file");
            assertThat(failure.details()).containsEntry("neededBytes", 1_200_000L);
        });
        assertThat(read).as("the upload is left on disk").isFalse();

        // An XLSX file counts five times: its rows unpack from a compressed sheet.
        assertThatThrownBy(() -> imports.importFile(ADMIN, "history.xlsx", 60_000, () -> new byte[0]))
                .isInstanceOfSatisfying(DomainFailure.class,
                        failure -> assertThat(failure.failureCode().name()).isEqualTo("IMPORT_TOO_LARGE_FOR_MEMORY"));

        // Within the budget the file is read (and, empty, refused as a file).
        assertThatThrownBy(() -> imports.importFile(ADMIN, "history.csv", 200_000, () -> {
            read.set(true);
            return new byte[0];
        })).isInstanceOfSatisfying(DomainFailure.class,
                failure -> assertThat(failure.failureCode().name()).isEqualTo("IMPORT_REFUSED"));
        assertThat(read).isTrue();
    }

    @Test
    void theHeapItselfBoundsAnImportWithoutABudget() {
        long max = Runtime.getRuntime().maxMemory();
        assertThat(HeapRoom.free()).isPositive().isLessThanOrEqualTo(max);
        HistoryImports imports = new HistoryImports(mock(ImportMapper.class), mock(BatchStatements.class),
                mock(PolicyVersions.class), mock(BudgetLedger.class), mock(AuditTrail.class), mock(Transactions.class),
                new ImportSettings(Long.MAX_VALUE, 200_000, 4, 0), Clock.systemUTC());
        // A file as large as the whole heap would need four heaps: refused, however large a file may be.
        assertThatThrownBy(() -> imports.importFile(ADMIN, "history.csv", max, () -> new byte[0]))
                .isInstanceOfSatisfying(DomainFailure.class,
                        failure -> assertThat(failure.failureCode().name()).isEqualTo("IMPORT_TOO_LARGE_FOR_MEMORY"));
    }

    @Test
    void aSecondImportWhileOneRunsIsRefusedAndTheNextOneRuns() throws Exception {
        HistoryImports imports = imports(0);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Throwable> first = CompletableFuture.supplyAsync(() -> {
            try {
                imports.importFile(ADMIN, "first.csv", 10, () -> {
                    reading.countDown();
                    try {
                        finish.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new java.io.InterruptedIOException("stopped");
                    }
                    return new byte[0];
                });
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> imports.importFile(ADMIN, "second.csv", 10, () -> new byte[0]))
                .isInstanceOfSatisfying(DomainFailure.class,
                        failure -> assertThat(failure.failureCode().name()).isEqualTo("IMPORT_IN_PROGRESS"));

        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(DomainFailure.class,
                failure -> assertThat(failure.failureCode().name()).isEqualTo("IMPORT_REFUSED"));
        // The first one over (refused, as an empty file is), the node takes the next.
        assertThatThrownBy(() -> imports.importFile(ADMIN, "third.csv", 10, () -> new byte[0]))
                .isInstanceOfSatisfying(DomainFailure.class,
                        failure -> assertThat(failure.failureCode().name()).isEqualTo("IMPORT_REFUSED"));
    }
}
