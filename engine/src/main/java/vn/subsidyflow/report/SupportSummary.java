package vn.subsidyflow.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.subsidyflow.application.ApplicationChanged;
import vn.subsidyflow.application.SupportedApplication;

/**
 * Keeps the report summary (V31: {@code report_support}, {@code report_business}) equal to what an
 * exact scan of the dossiers would count. Listens to {@link ApplicationChanged}, the dossier's
 * supported facts before and after each save ({@code null} means "not supported"), so the dossier
 * aggregate knows nothing of the report.
 * <p>
 * The event arrives inside the saving transaction; the changes are applied just before it commits, in it:
 * several saves of one dossier become one change, and the summary rows (which every decision and
 * payment of a year and category touch) are locked last and briefly — after the budget line, in
 * the same order for decisions and payments, so the two do not deadlock on each other.
 */
@Component
public class SupportSummary {

    private final SupportSummaryMapper mapper;

    SupportSummary(SupportSummaryMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Records the change of a dossier, to be applied just before the saving transaction commits.
     * {@code MANDATORY}: a save outside a transaction would leave the summary behind the dossiers.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(ApplicationChanged change) {
        pending().changed(change.applicationId(), change.before(), change.after());
    }

    private Pending pending() {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Pending p && p.owner() == this) {
                return p;
            }
        }
        Pending p = new Pending();
        TransactionSynchronizationManager.registerSynchronization(p);
        return p;
    }

    /** The changes of one transaction: per dossier, what the summary holds and what it must hold. */
    private final class Pending implements TransactionSynchronization {

        private final Map<Long, SupportedApplication[]> changes = new LinkedHashMap<>();

        SupportSummary owner() {
            return SupportSummary.this;
        }

        void changed(long dossierId, SupportedApplication before, SupportedApplication after) {
            changes.merge(dossierId, new SupportedApplication[] {before, after},
                    (first, next) -> new SupportedApplication[] {first[0], next[1]});
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            changes.values().forEach(change -> apply(change[0], change[1]));
        }
    }

    private void apply(SupportedApplication before, SupportedApplication after) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null && after != null && before.sameKey(after)) {
            mapper.addToSupport(after, 0, after.approvedVnd() - before.approvedVnd(), after.paidVnd() - before.paidVnd());
            return;
        }
        if (before != null) {
            remove(before);
        }
        if (after != null) {
            add(after);
        }
    }

    private void add(SupportedApplication d) {
        Integer latestBefore = mapper.latestDecisionYear(d);
        mapper.addToBusiness(d, 1);
        mapper.addToSupport(d, 1, d.approvedVnd(), d.paidVnd());
        moveLatest(d, latestBefore, latestBefore == null ? d.decisionYear() : Math.max(latestBefore, d.decisionYear()));
    }

    private void remove(SupportedApplication d) {
        Integer latestBefore = mapper.latestDecisionYear(d);
        mapper.addToBusiness(d, -1);
        mapper.deleteEmptyBusiness(d);
        mapper.addToSupport(d, -1, -d.approvedVnd(), -d.paidVnd());
        moveLatest(d, latestBefore, mapper.latestDecisionYear(d));
        mapper.deleteEmptySupport(d);
    }

    /** The business's latest decision year in this fiscal year and category moved: it counts there now. */
    private void moveLatest(SupportedApplication d, Integer from, Integer to) {
        if (Objects.equals(from, to)) {
            return;
        }
        if (from != null) {
            mapper.addLastDecided(d, from, -1);
        }
        if (to != null) {
            mapper.addLastDecided(d, to, 1);
        }
    }
}
