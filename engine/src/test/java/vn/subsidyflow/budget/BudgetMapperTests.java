package vn.subsidyflow.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.database.MapperTestSupport;
import vn.subsidyflow.database.Rows;

class BudgetMapperTests extends MapperTestSupport {

    private static final int YEAR = 2096;

    @Autowired
    BudgetMapper budget;
    @Autowired
    Rows rows;

    // A programme of this test only, so its lines, closings and reconciliation are the test's own.
    private long programme;
    private String code;

    @BeforeEach
    void programme() {
        code = "B-" + UUID.randomUUID().toString().substring(0, 8);
        programme = rows.insert("INSERT INTO policy_version (code, title, citation, effective_from, total_vnd, example) "
                + "VALUES (?, 'Chương trình thử', 'NQ thử', '2095-01-01', 1000000000, FALSE)", code);
    }

    @Test
    void linesAreInsertedAndFoundByIdKeyAndYear() {
        long line = line(Category.MANAGEMENT_SYSTEM);
        long other = line(Category.CONFORMITY_CERTIFICATION);

        BudgetLine found = budget.findLine(line).orElseThrow();
        assertThat(found).isEqualTo(new BudgetLine(line, programme, YEAR, Category.MANAGEMENT_SYSTEM, 0, 0, 0));
        assertThat(budget.findLine(-1)).isEmpty();
        assertThat(budget.findLineByKey(programme, YEAR, Category.MANAGEMENT_SYSTEM)).contains(found);
        assertThat(budget.findLineByKey(programme, YEAR + 1, Category.MANAGEMENT_SYSTEM)).isEmpty();
        assertThat(budget.findLinesOfYear(YEAR)).extracting(BudgetLine::id).contains(line, other);
        assertThat(budget.findAllLines()).extracting(BudgetLine::id).contains(line, other);
        assertThat(budget.policyVersionByCode(code)).isEqualTo(programme);
        assertThat(budget.policyVersionByCode("NO-SUCH")).isNull();
        assertThat(budget.programmeTotal(YEAR)).isEqualTo(1_000_000_000L);
        assertThat(budget.programmeTotal(1900)).isNull();
    }

    @Test
    void theNewestVersionInForceTodayIsCurrent() {
        long newest = rows.insert("INSERT INTO policy_version (code, title, citation, effective_from, total_vnd, example) "
                + "VALUES (?, 'Mới nhất', 'NQ', ?, 1, FALSE)", code + "-N", LocalDate.now(ZoneOffset.UTC).minusDays(1));
        assertThat(budget.currentPolicyVersion()).isEqualTo(newest);
    }

    @Test
    void aDraftVersionIsNeverCurrentWhateverItsDates() {
        long published = rows.insert("INSERT INTO policy_version (code, title, citation, effective_from, total_vnd, example) "
                + "VALUES (?, 'Đang áp dụng', 'NQ', ?, 1, FALSE)", code + "-P", LocalDate.now(ZoneOffset.UTC).minusDays(2));
        rows.insert("INSERT INTO policy_version (code, title, citation, effective_from, status, total_vnd, example) "
                + "VALUES (?, 'Bản nháp', 'NQ', ?, 'DRAFT', 1, FALSE)", code + "-D", LocalDate.now(ZoneOffset.UTC).minusDays(1));
        assertThat(budget.currentPolicyVersion()).isEqualTo(published);
    }

    @Test
    void balancesMoveOnlyWithinWhatTheProgrammeAndTheLineHold() {
        assertThat(budget.reserveProgramme(programme, 600_000_000L)).isEqualTo(1);
        assertThat(budget.reserveProgramme(programme, 500_000_000L)).as("beyond the programme total").isZero();
        assertThat(budget.releaseProgramme(programme, 700_000_000L)).as("more than reserved").isZero();
        assertThat(budget.releaseProgramme(programme, 100_000_000L)).isEqualTo(1);

        long line = line(Category.MANAGEMENT_SYSTEM);
        assertThat(budget.addAllocation(line, 100L)).isEqualTo(1);
        assertThat(budget.commit(line, 101L)).as("no overdraft").isZero();
        assertThat(budget.commit(line, 60L)).isEqualTo(1);
        assertThat(budget.removeAllocation(line, 41L)).as("keeps what is committed").isZero();
        assertThat(budget.removeAllocation(line, 10L)).isEqualTo(1);
        assertThat(budget.release(line, 61L)).isZero();
        assertThat(budget.release(line, 10L)).isEqualTo(1);
        assertThat(budget.disburse(line, 51L)).isZero();
        assertThat(budget.disburse(line, 30L)).isEqualTo(1);
        assertThat(budget.clawback(line, 31L)).isZero();
        assertThat(budget.clawback(line, 5L)).isEqualTo(1);
        assertThat(budget.findLine(line).orElseThrow()).isEqualTo(
                new BudgetLine(line, programme, YEAR, Category.MANAGEMENT_SYSTEM, 90, 20, 25));
    }

    @Test
    void entriesAreWrittenOnceFilteredPagedStreamedAndSummed() {
        long line = line(Category.MANAGEMENT_SYSTEM);
        long other = line(Category.CONFORMITY_CERTIFICATION);
        long application = 9_600_000_001L;
        String key = "k-" + UUID.randomUUID();
        assertThat(budget.entryExists(key)).isFalse();
        entry(line, EntryType.ALLOCATE, 1_000, null, null, key);
        assertThat(budget.entryExists(key)).isTrue();
        entry(line, EntryType.TRANSFER, 200, null, other, null);
        entry(line, EntryType.COMMIT, 300, application, null, null);
        entry(line, EntryType.DISBURSE, 300, application, null, null);
        entry(line, EntryType.CLAWBACK, 50, application, null, null);

        LedgerQuery ofLine = new LedgerQuery(line, null, null, null);
        assertThat(budget.countEntries(ofLine)).isEqualTo(5);
        assertThat(budget.countEntries(new LedgerQuery(other, null, null, null))).as("a transfer counts on both lines")
                .isEqualTo(1);
        List<LedgerEntry> page = budget.findEntries(ofLine, 1, 2);
        assertThat(page).extracting(LedgerEntry::entryType).containsExactly(EntryType.DISBURSE, EntryType.COMMIT);
        assertThat(page.get(0).occurredAt()).isNotNull();
        LedgerQuery ofDossierToday = new LedgerQuery(null, application, LocalDate.now(ZoneOffset.UTC).minusDays(1),
                LocalDate.now(ZoneOffset.UTC).plusDays(1));
        assertThat(budget.countEntries(ofDossierToday)).isEqualTo(3);
        assertThat(budget.countEntries(new LedgerQuery(line, null, LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 2)))).isZero();
        LedgerQuery commitsOfLine = new LedgerQuery(line, null, null, null, EntryType.COMMIT);
        assertThat(budget.countEntries(commitsOfLine)).isEqualTo(1);
        assertThat(budget.findEntries(commitsOfLine, 0, 10)).extracting(LedgerEntry::entryType).containsExactly(EntryType.COMMIT);

        List<EntryType> streamed = new ArrayList<>();
        budget.streamEntries(ofLine, context -> streamed.add(context.getResultObject().entryType()));
        assertThat(streamed).containsExactly(EntryType.ALLOCATE, EntryType.TRANSFER, EntryType.COMMIT, EntryType.DISBURSE,
                EntryType.CLAWBACK);

        assertThat(budget.sumOfType(application, EntryType.DISBURSE)).isEqualTo(300);
        assertThat(budget.sumOfType(application, EntryType.RELEASE)).isZero();
        assertThat(budget.paidByLine(application)).containsExactly(new PaidOnLine(line, 250));
        assertThat(budget.paidByLine(application + 1)).isEmpty();
    }

    @Test
    void reconciliationRecomputesLinesFromEntriesAndProgrammesFromLines() {
        long line = line(Category.MANAGEMENT_SYSTEM);
        long other = line(Category.CONFORMITY_CERTIFICATION);
        budget.reserveProgramme(programme, 1_000L);
        budget.addAllocation(line, 1_000L);
        budget.commit(line, 300L);
        entry(line, EntryType.ALLOCATE, 1_000, null, null, null);
        entry(line, EntryType.TRANSFER, 200, null, other, null);
        entry(line, EntryType.COMMIT, 300, 9_600_000_002L, null, null);

        LineReconciliation first = budget.reconcileLines().stream().filter(l -> l.lineId() == line).findFirst().orElseThrow();
        assertThat(first).isEqualTo(new LineReconciliation(line, programme, YEAR, Category.MANAGEMENT_SYSTEM, 1_000, 300, 0,
                800, 300, 0));
        LineReconciliation second = budget.reconcileLines().stream().filter(l -> l.lineId() == other).findFirst().orElseThrow();
        assertThat(second.ledgerAllocatedVnd()).isEqualTo(200);
        assertThat(budget.reconcileProgrammes()).contains(new ProgrammeReconciliation(programme, code, 1_000_000_000L, 1_000, 1_000));
    }

    @Test
    void aYearIsClosedOncePerProgrammeAndLockingALineTellsIt() {
        long line = line(Category.MANAGEMENT_SYSTEM);
        long other = line(Category.CONFORMITY_CERTIFICATION);
        assertThat(budget.lockLineAndTellIfClosed(line)).isFalse();
        assertThat(budget.lockLineAndTellIfClosed(-1)).isNull();
        assertThat(budget.yearClosed(programme, YEAR)).isFalse();
        assertThat(budget.lockLinesOfYear(YEAR, programme)).containsExactly(line, other);
        assertThat(budget.lockLinesOfYear(YEAR, null)).contains(line, other);

        assertThat(budget.closeYear(YEAR, programme, "finance", "QĐ 1/2096")).isEqualTo(1);
        assertThat(budget.closeYear(YEAR, programme, "finance", "again")).as("already closed stays").isZero();
        assertThat(budget.yearClosed(programme, YEAR)).isTrue();
        assertThat(budget.yearClosed(programme, YEAR + 1)).isFalse();
        assertThat(budget.lockLineAndTellIfClosed(line)).isTrue();
        budget.closeYear(YEAR + 1, null, "finance", null);
    }

    @Test
    void importedHistoryPutsItsTotalsOnTheLineAndItsEntriesAddUpToThem() {
        long line = line(Category.MANAGEMENT_SYSTEM);
        long importId = 9_200_000_001L;
        long paidInFull = 9_200_000_101L;
        long paidInPart = 9_200_000_102L;
        java.time.Instant decided = java.time.Instant.parse("2096-03-01T00:00:00Z");
        java.time.Instant paid = java.time.Instant.parse("2096-05-01T00:00:00Z");

        assertThat(budget.addHistory(line, 50_000_000L, 40_000_000L)).isEqualTo(1);
        assertThat(budget.insertHistoryAllocation(line, 50_000_000L, "admin", "history-import:1", "history:import:" + importId
                + ":line:" + line, decided, importId)).isEqualTo(1);
        HistoryDossier full = new HistoryDossier(paidInFull, line, 30_000_000L, 30_000_000L, "1/QĐ", decided, paid);
        HistoryDossier part = new HistoryDossier(paidInPart, line, 20_000_000L, 10_000_000L, "2/QĐ", decided, paid);
        assertThat(budget.insertHistoryEntry(importId, "admin", EntryType.COMMIT, 30_000_000L, full, decided)).isEqualTo(1);
        budget.insertHistoryEntry(importId, "admin", EntryType.DISBURSE, 30_000_000L, full, paid);
        budget.insertHistoryEntry(importId, "admin", EntryType.COMMIT, 20_000_000L, part, decided);
        budget.insertHistoryEntry(importId, "admin", EntryType.DISBURSE, 10_000_000L, part, paid);
        budget.insertHistoryEntry(importId, "admin", EntryType.RELEASE, 10_000_000L, part, paid);

        assertThat(budget.findLine(line).orElseThrow())
                .isEqualTo(new BudgetLine(line, programme, YEAR, Category.MANAGEMENT_SYSTEM, 50_000_000L, 0, 40_000_000L));
        assertThat(budget.reconcileLines()).filteredOn(r -> r.lineId() == line).singleElement()
                .satisfies(r -> assertThat(r.consistent()).isTrue());
        assertThat(rows.jdbc().queryForList("SELECT entry_type, amount_vnd, idempotency_key FROM ledger_entry"
                        + " WHERE history_import_id = ? AND application_id = ? ORDER BY id", importId, paidInPart))
                .containsExactly(
                        java.util.Map.of("entry_type", "COMMIT", "amount_vnd", 20_000_000L,
                                "idempotency_key", "history:application:" + paidInPart + ":commit"),
                        java.util.Map.of("entry_type", "DISBURSE", "amount_vnd", 10_000_000L,
                                "idempotency_key", "history:application:" + paidInPart + ":disburse"),
                        java.util.Map.of("entry_type", "RELEASE", "amount_vnd", 10_000_000L,
                                "idempotency_key", "history:application:" + paidInPart + ":release"));
        assertThat(rows.jdbc().queryForObject("SELECT occurred_at FROM ledger_entry WHERE idempotency_key = ?",
                java.sql.Timestamp.class, "history:application:" + paidInFull + ":disburse").toInstant()).isEqualTo(paid);
    }

    private long line(Category category) {
        budget.insertLine(programme, YEAR, category);
        return budget.lastInsertId();
    }

    private void entry(long line, EntryType type, long amount, Long application, Long otherLine, String key) {
        budget.insertEntry(new LedgerEntry(null, line, type, amount, application, otherLine, "finance", "lý do", "CV-1",
                key != null ? key : "e-" + UUID.randomUUID(), null));
    }
}
