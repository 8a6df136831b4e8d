package vn.subsidyflow.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.subsidyflow.catalog.Category;

class ReconciliationUnitTests {

    @Test
    void shouldBeConsistentWhenEveryBalanceEqualsItsEntries() {
        Reconciliation result = new Reconciliation(Instant.now(),
                List.of(line(100, 30, 20, 100, 30, 20)), List.of(new ProgrammeReconciliation(1, "P", 500, 100, 100)));

        assertThat(result.consistent()).isTrue();
        assertThat(result.mismatchedLines()).isEmpty();
    }

    @Test
    void shouldNameTheLineWhoseBalanceDisagreesWithItsEntries() {
        LineReconciliation off = line(101, 30, 20, 100, 30, 20);
        Reconciliation result = new Reconciliation(Instant.now(), List.of(line(100, 0, 0, 100, 0, 0), off), List.of());

        assertThat(result.consistent()).isFalse();
        assertThat(result.mismatchedLines()).containsExactly(off);
    }

    @Test
    void shouldFlagAnOverspentLineEvenIfItsEntriesAgree() {
        assertThat(line(100, 80, 30, 100, 80, 30).consistent()).isFalse();
    }

    @Test
    void shouldFlagAProgrammeWhoseLinesExceedItsTotalOrItsReservation() {
        assertThat(new ProgrammeReconciliation(1, "P", 500, 600, 600).consistent()).isFalse();
        assertThat(new ProgrammeReconciliation(1, "P", 500, 300, 301).consistent()).isFalse();
    }

    @Test
    void shouldFingerprintRequestsStablyAndDistinctly() {
        String first = IdempotentRequests.fingerprint("POST", "/api/v1/budget/transfers", "{\"amountVnd\":1}");
        assertThat(IdempotentRequests.fingerprint("POST", "/api/v1/budget/transfers", "{\"amountVnd\":1}")).isEqualTo(first);
        assertThat(IdempotentRequests.fingerprint("POST", "/api/v1/budget/transfers", "{\"amountVnd\":2}")).isNotEqualTo(first);
        assertThat(IdempotentRequests.fingerprint("POST", "/api/v1/budget/transfers{", "\"amountVnd\":1}")).isNotEqualTo(first);
    }

    private static LineReconciliation line(long allocated, long committed, long disbursed, long ledgerAllocated,
                                           long ledgerCommitted, long ledgerDisbursed) {
        return new LineReconciliation(1, 1, 2026, Category.MANAGEMENT_SYSTEM, allocated, committed, disbursed,
                ledgerAllocated, ledgerCommitted, ledgerDisbursed);
    }
}
