package vn.subsidyflow.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
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

    BudgetLedger(BudgetMapper mapper, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.events = events;
    }

    /** The line for (programme, year, category), if it has been opened. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<BudgetLine> line(long policyVersionId, int fiscalYear, Category category) {
        return mapper.findLineByKey(policyVersionId, fiscalYear, category);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public BudgetLine line(long lineId) {
        return mapper.findLine(lineId).orElseThrow(() -> DomainFailure.notFound("budget_line", lineId));
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

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<LedgerEntry> entries(Long lineId, Long applicationId, int offset, int limit) {
        return mapper.findEntries(lineId, applicationId, offset, limit);
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
            throw new DomainFailure(DomainFailure.Kind.CONFLICT, "PROGRAMME_TOTAL_EXCEEDED",
                    "Allocating " + amountVnd + " đ would take the lines past the programme total");
        }
        mapper.addAllocation(lineId, amountVnd);
        append(actor, lineId, EntryType.ALLOCATE, amountVnd, null, null, reason, documentRef, idempotencyKey);
        events.publishEvent(new BudgetLineToppedUp(lineId));
        return line(lineId);
    }

    /**
     * Commits {@code amountVnd} for a dossier on the line. Returns false, writing nothing, when the
     * line does not exist or cannot cover it: the caller waitlists the dossier.
     */
    public boolean commit(Actor actor, long applicationId, long lineId, long amountVnd) {
        Money.requirePositive("amountVnd", amountVnd);
        String key = "commit:application:" + applicationId + ":line:" + lineId;
        if (mapper.entryExists(key)) {
            return true;
        }
        if (mapper.commit(lineId, amountVnd) == 0) {
            return false;
        }
        append(actor, lineId, EntryType.COMMIT, amountVnd, applicationId, null, null, null, key);
        return true;
    }

    /** Gives a dossier's unpaid commitment back to its line. */
    public void release(Actor actor, long applicationId, long lineId, long amountVnd, String reason) {
        Money.requirePositive("amountVnd", amountVnd);
        String key = "release:application:" + applicationId + ":line:" + lineId;
        if (mapper.entryExists(key)) {
            return;
        }
        if (mapper.release(lineId, amountVnd) == 0) {
            throw new IllegalStateException("Line " + lineId + " has less than " + amountVnd + " đ committed");
        }
        append(actor, lineId, EntryType.RELEASE, amountVnd, applicationId, null, reason, null, key);
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
            throw new DomainFailure(DomainFailure.Kind.CONFLICT, "NOT_COMMITTED",
                    "Line " + lineId + " has less than " + amountVnd + " đ committed for this payment");
        }
        append(actor, lineId, EntryType.DISBURSE, amountVnd, applicationId, null, null, documentRef, idempotencyKey);
        return true;
    }

    private void append(Actor actor, long lineId, EntryType type, long amountVnd, Long applicationId, Long otherLineId,
                        String reason, String documentRef, String idempotencyKey) {
        mapper.insertEntry(new LedgerEntry(null, lineId, type, amountVnd, applicationId, otherLineId, actor.username(),
                reason, documentRef, idempotencyKey, null));
    }
}
