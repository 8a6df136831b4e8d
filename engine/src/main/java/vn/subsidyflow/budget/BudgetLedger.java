package vn.subsidyflow.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.database.BatchStatements;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Money;

/**
 * The budget ledger: the only way balances change. Each movement is one conditional update of the
 * line (which fails rather than overdraw) plus one append-only entry with a unique idempotency key,
 * in the caller's transaction — so a movement is written whole or not at all, and replaying it
 * changes nothing.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class BudgetLedger {

    private final BudgetMapper mapper;
    private final ApplicationEventPublisher events;
    private final BatchStatements batches;

    BudgetLedger(BudgetMapper mapper, ApplicationEventPublisher events, BatchStatements batches) {
        this.mapper = mapper;
        this.events = events;
        this.batches = batches;
    }

    /** The line for (programme, year, category), if it has been opened. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<BudgetLine> line(long policyVersionId, int fiscalYear, Category category) {
        return mapper.findLineByKey(policyVersionId, fiscalYear, category);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public BudgetLine line(long lineId) {
        return mapper.findLine(lineId).orElseThrow(() -> DomainFailure.notFound(FailureCode.BUDGET_LINE_NOT_FOUND, lineId));
    }

    /** The programme (policy version) with this code. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public long programme(String code) {
        Long id = mapper.policyVersionByCode(code);
        if (id == null) {
            throw new DomainFailure(FailureCode.UNKNOWN_POLICY, "No policy version '" + code + "'");
        }
        return id;
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public BudgetOverview overview(int fiscalYear) {
        Long total = mapper.programmeTotal(fiscalYear);
        return new BudgetOverview(fiscalYear, total == null ? 0 : total, mapper.findLinesOfYear(fiscalYear));
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<BudgetLine> allLines() {
        return mapper.findAllLines();
    }

    /** Entries matching the query, newest first. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<LedgerEntry> entries(LedgerQuery query, int offset, int limit) {
        return mapper.findEntries(query, offset, limit);
    }

    /** Entries of a line and/or dossier, newest first. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<LedgerEntry> entries(Long lineId, Long applicationId, int offset, int limit) {
        return entries(new LedgerQuery(lineId, applicationId, null, null), offset, limit);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public long countEntries(LedgerQuery query) {
        return mapper.countEntries(query);
    }

    /** Entries matching the query, oldest first, one at a time (for exports of any size). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public void forEachEntry(LedgerQuery query, java.util.function.Consumer<LedgerEntry> consumer) {
        mapper.streamEntries(query, context -> consumer.accept(context.getResultObject()));
    }

    /** Recomputes every line and programme from the entries; read-only and consistent at one instant. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Reconciliation reconcile() {
        return new Reconciliation(java.time.Instant.now(), mapper.reconcileLines(), mapper.reconcileProgrammes());
    }

    /**
     * Opens the line (if new) and allocates {@code amountVnd} to it within the programme total.
     * Replaying the same idempotency key returns the line unchanged.
     */
    public BudgetLine allocate(Actor actor, long policyVersionId, int fiscalYear, Category category, long amountVnd,
                               String reason, String documentRef, String idempotencyKey) {
        Money.requirePositive("allocatedVnd", amountVnd);
        Optional<BudgetLine> existing = mapper.findLineByKey(policyVersionId, fiscalYear, category);
        long lineId = existing.map(BudgetLine::id).orElseGet(() -> {
            mapper.insertLine(policyVersionId, fiscalYear, category);
            return mapper.lastInsertId();
        });
        return topUp(actor, lineId, amountVnd, reason, documentRef, idempotencyKey);
    }

    /** Adds money to a line within the programme total, then lets waitlisted dossiers try again. */
    public BudgetLine topUp(Actor actor, long lineId, long amountVnd, String reason, String documentRef, String idempotencyKey) {
        Money.requirePositive("amountVnd", amountVnd);
        BudgetLine line = line(lineId);
        if (mapper.entryExists(idempotencyKey)) {
            return line;
        }
        if (mapper.reserveProgramme(line.policyVersionId(), amountVnd) == 0) {
            throw new DomainFailure(FailureCode.PROGRAMME_TOTAL_EXCEEDED,
                    "Allocating " + amountVnd + " đ would take the lines past the programme total");
        }
        mapper.addAllocation(lineId, amountVnd);
        append(actor, lineId, EntryType.ALLOCATE, amountVnd, null, null, reason, documentRef, idempotencyKey);
        events.publishEvent(new BudgetLineToppedUp(lineId));
        return line(lineId);
    }

    /**
     * Commits {@code amountVnd} for a dossier on the line. Returns false, writing nothing, when the
     * line cannot cover it: the caller waitlists the dossier. Refuses ({@code FISCAL_YEAR_CLOSED})
     * a line whose fiscal year the year-end closing has closed.
     */
    public boolean commit(Actor actor, long applicationId, long lineId, long amountVnd) {
        Money.requirePositive("amountVnd", amountVnd);
        String key = "commit:application:" + applicationId + ":line:" + lineId;
        if (mapper.entryExists(key)) {
            return true;
        }
        requireOpen(lineId);
        if (mapper.commit(lineId, amountVnd) == 0) {
            return false;
        }
        append(actor, lineId, EntryType.COMMIT, amountVnd, applicationId, null, null, null, key);
        return true;
    }

    /** Gives a dossier's unpaid commitment back to its line. */
    public void release(Actor actor, long applicationId, long lineId, long amountVnd, String reason) {
        release(actor, applicationId, lineId, amountVnd, reason, null);
    }

    /** Gives a dossier's unpaid commitment back to its line, citing the document that decided it. */
    public void release(Actor actor, long applicationId, long lineId, long amountVnd, String reason, String documentRef) {
        Money.requirePositive("amountVnd", amountVnd);
        String key = "release:application:" + applicationId + ":line:" + lineId;
        if (mapper.entryExists(key)) {
            return;
        }
        if (mapper.release(lineId, amountVnd) == 0) {
            throw new IllegalStateException("Line " + lineId + " has less than " + amountVnd + " đ committed");
        }
        append(actor, lineId, EntryType.RELEASE, amountVnd, applicationId, null, reason, documentRef, key);
        events.publishEvent(new BudgetLineToppedUp(lineId));
    }

    /**
     * Moves a paid amount from committed to disbursed. The idempotency key (one per dossier and
     * tranche) makes a replay a no-op; returns false for a replay.
     */
    public boolean disburse(Actor actor, long applicationId, long lineId, long amountVnd, String documentRef, String idempotencyKey) {
        Money.requirePositive("amountVnd", amountVnd);
        if (mapper.entryExists(idempotencyKey)) {
            return false;
        }
        if (mapper.disburse(lineId, amountVnd) == 0) {
            throw new DomainFailure(FailureCode.NOT_COMMITTED,
                    "Line " + lineId + " has less than " + amountVnd + " đ committed for this payment");
        }
        append(actor, lineId, EntryType.DISBURSE, amountVnd, applicationId, null, null, documentRef, idempotencyKey);
        events.publishEvent(new DossierMoneyMoved(applicationId, amountVnd, 0));
        return true;
    }

    /**
     * Moves allocation between two lines of the same programme: one TRANSFER entry on the source
     * line naming the destination. The source keeps at least what it has committed and paid.
     */
    public void transfer(Actor actor, long fromLineId, long toLineId, long amountVnd, String reason, String documentRef,
                         String idempotencyKey) {
        Money.requirePositive("amountVnd", amountVnd);
        if (fromLineId == toLineId) {
            throw new DomainFailure(FailureCode.SAME_LINE, "A transfer needs two different lines");
        }
        BudgetLine from = line(fromLineId);
        BudgetLine to = line(toLineId);
        if (from.policyVersionId() != to.policyVersionId()) {
            throw new DomainFailure(FailureCode.TRANSFER_ACROSS_PROGRAMMES,
                    "Lines " + fromLineId + " and " + toLineId + " belong to different programmes; each programme keeps its own total");
        }
        if (mapper.entryExists(idempotencyKey)) {
            return;
        }
        // Lock the two lines in id order, so two opposite transfers cannot deadlock each other.
        requireOpen(Math.min(fromLineId, toLineId));
        requireOpen(Math.max(fromLineId, toLineId));
        if (fromLineId < toLineId) {
            takeAllocation(fromLineId, amountVnd);
            mapper.addAllocation(toLineId, amountVnd);
        } else {
            mapper.addAllocation(toLineId, amountVnd);
            takeAllocation(fromLineId, amountVnd);
        }
        append(actor, fromLineId, EntryType.TRANSFER, amountVnd, null, toLineId, reason, documentRef, idempotencyKey);
        events.publishEvent(new BudgetLineToppedUp(toLineId));
    }

    /** Lets the line's waitlisted dossiers try again, in decision order (as after a top-up). */
    public void lineGainedRoom(long lineId) {
        events.publishEvent(new BudgetLineToppedUp(lineId));
    }

    /** Whether the programme's fiscal year was closed by a year-end closing. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public boolean yearClosed(long policyVersionId, int fiscalYear) {
        return mapper.yearClosed(policyVersionId, fiscalYear);
    }

    /**
     * Records the fiscal year as closed (of every programme with a line in it, or of one), after
     * locking its lines: a commitment or transfer that waited for a line then sees the year closed.
     * Closing a closed year again changes nothing.
     */
    public void closeYear(Actor actor, int fiscalYear, Long policyVersionId, String documentRef) {
        mapper.lockLinesOfYear(fiscalYear, policyVersionId);
        mapper.closeYear(fiscalYear, policyVersionId, actor.username(), documentRef);
    }

    /** Locks the line; refuses it when its fiscal year is closed. */
    private void requireOpen(long lineId) {
        Boolean closed = mapper.lockLineAndTellIfClosed(lineId);
        if (closed == null) {
            throw DomainFailure.notFound(FailureCode.BUDGET_LINE_NOT_FOUND, lineId);
        }
        if (closed) {
            throw new DomainFailure(FailureCode.FISCAL_YEAR_CLOSED,
                    "The fiscal year of budget line " + lineId + " is closed: it takes no new commitment or transfer",
                    java.util.Map.of("lineId", lineId));
        }
    }

    private void takeAllocation(long lineId, long amountVnd) {
        if (mapper.removeAllocation(lineId, amountVnd) == 0) {
            throw new DomainFailure(FailureCode.INSUFFICIENT_BUDGET,
                    "Line " + lineId + " has less than " + amountVnd + " đ available (not committed or paid)",
                    java.util.Map.of("lineId", lineId));
        }
    }

    /** Money recovered from a business goes back to the line: disbursed −= amount. Returns false for a replay. */
    public boolean clawback(Actor actor, long applicationId, long lineId, long amountVnd, String reason, String documentRef,
                            String idempotencyKey) {
        Money.requirePositive("amountVnd", amountVnd);
        if (mapper.entryExists(idempotencyKey)) {
            return false;
        }
        if (mapper.clawback(lineId, amountVnd) == 0) {
            throw new DomainFailure(FailureCode.CLAWBACK_EXCEEDS_DISBURSED, "Line " + lineId + " has less than " + amountVnd + " đ disbursed");
        }
        append(actor, lineId, EntryType.CLAWBACK, amountVnd, applicationId, null, reason, documentRef, idempotencyKey);
        events.publishEvent(new DossierMoneyMoved(applicationId, 0, amountVnd));
        events.publishEvent(new BudgetLineToppedUp(lineId));
        return true;
    }

    /** The lines that paid the dossier, with what each still holds of it, the most recently paying first. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<PaidOnLine> paidByLine(long applicationId) {
        return mapper.paidByLine(applicationId);
    }

    /** What has been clawed back from a dossier so far. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public long clawedBack(long applicationId) {
        return mapper.sumOfType(applicationId, EntryType.CLAWBACK);
    }

    /**
     * Carries a dossier's unpaid commitment from one year's line to the next: a RELEASE on the old
     * line and a COMMIT on the new one, each naming the other line. Fails, writing nothing, when the
     * new line cannot cover it.
     */
    public void carryOver(Actor actor, long applicationId, long fromLineId, long toLineId, long amountVnd, String reason,
                          String documentRef) {
        Money.requirePositive("amountVnd", amountVnd);
        String releaseKey = "carry-over:application:" + applicationId + ":from:" + fromLineId;
        String commitKey = "carry-over:application:" + applicationId + ":to:" + toLineId;
        if (!mapper.entryExists(releaseKey)) {
            if (mapper.release(fromLineId, amountVnd) == 0) {
                throw new IllegalStateException("Line " + fromLineId + " has less than " + amountVnd + " đ committed");
            }
            append(actor, fromLineId, EntryType.RELEASE, amountVnd, applicationId, toLineId, reason, documentRef, releaseKey);
        }
        if (!mapper.entryExists(commitKey)) {
            if (mapper.commit(toLineId, amountVnd) == 0) {
                throw new DomainFailure(FailureCode.INSUFFICIENT_BUDGET,
                        "Line " + toLineId + " cannot cover the " + amountVnd + " đ carried over for dossier " + applicationId,
                        java.util.Map.of("lineId", toLineId, "applicationId", applicationId));
            }
            append(actor, toLineId, EntryType.COMMIT, amountVnd, applicationId, fromLineId, reason, documentRef, commitKey);
        }
        events.publishEvent(new BudgetLineToppedUp(fromLineId));
    }

    /**
     * The line of (programme, year, category), opened without money if new: the history import
     * allocates on it what its dossiers were approved ({@link #recordHistory}).
     */
    public long openLine(long policyVersionId, int fiscalYear, Category category) {
        return mapper.findLineByKey(policyVersionId, fiscalYear, category).map(BudgetLine::id).orElseGet(() -> {
            mapper.insertLine(policyVersionId, fiscalYear, category);
            return mapper.lastInsertId();
        });
    }

    /**
     * Records on a line what imported history spent there: an ALLOCATE entry of what its dossiers
     * were approved (within the programme total, refused as {@code PROGRAMME_TOTAL_EXCEEDED}
     * otherwise), and the balances that the dossiers' entries ({@link #recordHistoryDossiers}) add
     * up to — allocated += approved, disbursed += paid, committed unchanged — so the reconciliation
     * holds. The import's entries are marked with it. A closed fiscal year takes it too: history is
     * what happened in it, and it leaves nothing committed.
     */
    public void recordHistory(Actor actor, long importId, long lineId, long approvedVnd, long paidVnd,
                              java.time.Instant firstDecidedAt, String documentRef) {
        Money.requirePositive("approvedVnd", approvedVnd);
        BudgetLine line = line(lineId);
        if (mapper.reserveProgramme(line.policyVersionId(), approvedVnd) == 0) {
            throw new DomainFailure(FailureCode.PROGRAMME_TOTAL_EXCEEDED,
                    "The imported history's " + approvedVnd + " đ would take the lines past the programme total");
        }
        mapper.addHistory(lineId, approvedVnd, paidVnd);
        mapper.insertHistoryAllocation(lineId, approvedVnd, actor.username(), documentRef,
                "history:import:" + importId + ":line:" + lineId, firstDecidedAt, importId);
    }

    /**
     * The COMMIT, DISBURSE and RELEASE (of what was not paid) entries of imported dossiers, marked
     * with the import; the caller has put their totals on the lines with {@link #recordHistory}.
     */
    public void recordHistoryDossiers(Actor actor, long importId, List<HistoryDossier> dossiers) {
        batches.run(BudgetMapper.class, batch -> {
            for (HistoryDossier d : dossiers) {
                batch.insertHistoryEntry(importId, actor.username(), EntryType.COMMIT, d.approvedVnd(), d, d.decidedAt());
                batch.insertHistoryEntry(importId, actor.username(), EntryType.DISBURSE, d.paidVnd(), d, d.paidAt());
                if (d.approvedVnd() > d.paidVnd()) {
                    batch.insertHistoryEntry(importId, actor.username(), EntryType.RELEASE, d.approvedVnd() - d.paidVnd(), d,
                            d.paidAt());
                }
            }
        });
    }

    private void append(Actor actor, long lineId, EntryType type, long amountVnd, Long applicationId, Long otherLineId,
                        String reason, String documentRef, String idempotencyKey) {
        mapper.insertEntry(new LedgerEntry(null, lineId, type, amountVnd, applicationId, otherLineId, actor.username(),
                reason, documentRef, idempotencyKey, null));
    }
}
