package vn.subsidyflow.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.subsidyflow.application.ApplicationChanged;
import vn.subsidyflow.application.SupportedApplication;
import vn.subsidyflow.budget.DossierMoneyMoved;

/**
 * Keeps the report tally (V55, by decision month since V62: {@code report_tally},
 * {@code report_tally_business}) equal to what an exact scan of the dossiers and the ledger would
 * count. Listens to {@link ApplicationChanged}, the dossier's supported facts before and after each
 * save ({@code null} means "not supported"), so the dossier aggregate knows nothing of the report; and
 * to {@link DossierMoneyMoved}, the ledger's own DISBURSE and CLAWBACK appends, so the tally's
 * disbursed đồng are the ledger's figure, not the dossiers'.
 * <p>
 * The event arrives inside the saving transaction; the changes are applied just before it commits, in it:
 * several saves of one dossier become one change, and the tally rows (which every decision and
 * payment of a month touches) are locked last and briefly — after the budget line, in the same order
 * for decisions and payments, so the two do not deadlock on each other.
 */
@Component
public class SupportSummary {

    private final SupportSummaryMapper mapper;

    SupportSummary(SupportSummaryMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Records the change of a dossier, to be applied just before the saving transaction commits.
     * {@code MANDATORY}: a save outside a transaction would leave the tally behind the dossiers.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(ApplicationChanged change) {
        pending().changed(change.applicationId(), change.before(), change.after());
    }

    /** Records money the ledger moved for a dossier, to be added to its tally groups before commit. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void moneyMoved(DossierMoneyMoved moved) {
        pending().moneyMoved(moved.applicationId(), moved.disbursedVnd(), moved.clawedBackVnd());
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

    /** The changes of one transaction: per dossier, what the tally holds, what it must hold, and the ledger's moves. */
    private final class Pending implements TransactionSynchronization {

        private final Map<Long, Change> changes = new LinkedHashMap<>();

        SupportSummary owner() {
            return SupportSummary.this;
        }

        void changed(long dossierId, SupportedApplication before, SupportedApplication after) {
            Change c = changes.computeIfAbsent(dossierId, Change::new);
            if (!c.saved) {
                c.saved = true;
                c.before = before;
            }
            c.after = after;
        }

        void moneyMoved(long dossierId, long disbursedVnd, long clawedBackVnd) {
            Change c = changes.computeIfAbsent(dossierId, Change::new);
            c.disbursedVnd += disbursedVnd;
            c.clawedBackVnd += clawedBackVnd;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            changes.values().forEach(SupportSummary.this::apply);
        }
    }

    /** One dossier's change in a transaction. */
    private static final class Change {
        final long dossierId;
        boolean saved;
        SupportedApplication before;
        SupportedApplication after;
        long disbursedVnd;
        long clawedBackVnd;

        Change(long dossierId) {
            this.dossierId = dossierId;
        }
    }

    private void apply(Change c) {
        if (!c.saved) {
            // The ledger moved money without the dossier being saved: it stands as the tally holds it.
            c.before = c.after = mapper.supportOf(c.dossierId);
        }
        tally(c);
    }

    /**
     * Applies a dossier's change to the tally: a same-key change adds its deltas to the figures rows
     * of its seven groups in one statement; a dossier entering or leaving support (or changing key)
     * also moves its business's decision months in each group.
     */
    private void tally(Change c) {
        SupportedApplication before = c.before;
        SupportedApplication after = c.after;
        if (before != null && after != null && before.sameTallyKey(after)) {
            long approved = after.approvedVnd() - before.approvedVnd();
            long paid = after.paidVnd() - before.paidVnd();
            if (approved != 0 || paid != 0 || c.disbursedVnd != 0 || c.clawedBackVnd != 0) {
                List<TallyRow> rows = new ArrayList<>();
                for (TallyGroup g : TallyGroup.of(after)) {
                    rows.add(TallyRow.figures(g, after.decisionMonth(), 0, approved, paid, c.disbursedVnd, c.clawedBackVnd));
                }
                rows.sort(TallyRow.KEY_ORDER);
                mapper.addToTally(rows);
            }
            return;
        }
        if (before == null && after == null) {
            return;
        }
        // What the ledger holds of the dossier now; the tally held it without this transaction's moves.
        // A dossier entering support has had no money moved before (only a decided dossier is paid),
        // so the ledger is read only when one leaves.
        long disbursedNow = c.disbursedVnd;
        long clawedBackNow = c.clawedBackVnd;
        if (before != null) {
            LedgerCheck held = mapper.ledgerOf(c.dossierId);
            disbursedNow = held.disbursedVnd();
            clawedBackNow = held.clawedBackVnd();
            moveBusiness(before, -1, -(disbursedNow - c.disbursedVnd), -(clawedBackNow - c.clawedBackVnd));
        }
        if (after != null) {
            moveBusiness(after, 1, disbursedNow, clawedBackNow);
        }
    }

    /**
     * Adds ({@code sign} 1) or removes (-1) one dossier in its seven groups: its figures, and where its
     * business gains or loses a decision month in a group, the businesses rows: a month m inserted
     * between the business's previous month p (0: none) and next month n turns the pair (n, p) into
     * (m, p) and (n, m); removing it does the reverse.
     */
    private void moveBusiness(SupportedApplication d, int sign, long disbursedVnd, long clawedBackVnd) {
        List<TallyGroup> groups = TallyGroup.of(d);
        Map<TallyGroup, TreeMap<Integer, Long>> months = new HashMap<>();
        for (TallyMonth y : mapper.tallyMonths(d, groups)) {
            months.computeIfAbsent(y.group(), g -> new TreeMap<>()).put(y.decisionMonth(), y.dossiers());
        }
        int month = d.decisionMonth();
        List<TallyRow> rows = new ArrayList<>();
        for (TallyGroup g : groups) {
            rows.add(TallyRow.figures(g, month, sign, sign * d.approvedVnd(), sign * d.paidVnd(), disbursedVnd, clawedBackVnd));
            TreeMap<Integer, Long> held = months.getOrDefault(g, new TreeMap<>());
            long dossiers = held.getOrDefault(month, 0L);
            if (sign > 0 ? dossiers == 0 : dossiers == 1) {
                Integer previous = held.lowerKey(month);
                int p = previous == null ? 0 : previous;
                rows.add(TallyRow.businesses(g, month, p, sign));
                Integer next = held.higherKey(month);
                if (next != null) {
                    rows.add(TallyRow.businesses(g, next, p, -sign));
                    rows.add(TallyRow.businesses(g, next, month, sign));
                }
            }
        }
        mapper.addToTallyBusiness(d, groups, sign);
        if (sign < 0) {
            mapper.deleteEmptyTallyBusiness(d.organisationId());
        }
        rows.sort(TallyRow.KEY_ORDER);
        mapper.addToTally(rows);
    }
}
