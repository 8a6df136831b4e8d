package vn.subsidyflow.paper;

import static vn.subsidyflow.application.ApplicationStatus.APPROVED;
import static vn.subsidyflow.application.ApplicationStatus.AWAITING_DECISION;
import static vn.subsidyflow.application.ApplicationStatus.REFUSED;
import static vn.subsidyflow.application.ApplicationStatus.REJECTED;
import static vn.subsidyflow.application.ApplicationStatus.SUBMITTED;
import static vn.subsidyflow.application.ApplicationStatus.SUPPLEMENT_REQUESTED;
import static vn.subsidyflow.application.ApplicationStatus.WAITLISTED;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.subsidyflow.application.ApplicationChanged;
import vn.subsidyflow.deadline.AppointmentMoved;
import vn.subsidyflow.disbursement.PaymentOrdered;

/**
 * Issues the paper each change calls for, in the transaction of the change: a receipt when a dossier
 * is filed (again after a supplement), a request for supplement, a refusal (at intake or decision),
 * the support decision (approved, or approved and waitlisted), a payment notice when a payment is
 * ordered, an apology when the Department ran late.
 *
 * <p>The events are noted as they come and the papers issued just before the transaction commits:
 * a paper then shows the dossier as the whole command leaves it (e.g. the appointment date set at
 * filing by another listener), one command that moves a dossier twice issues its paper once, and the
 * counter row that numbers a kind is locked only for the end of the transaction, not for all of it.
 * Papers are issued before the report summary is applied, which locks its rows last. Once the
 * transaction has committed, the papers it issued go to the print queue: printing is no part of the
 * change, and a rolled-back change leaves nothing to print.
 */
@Component
class PaperIssuer {

    private final PaperContents contents;
    private final Papers papers;
    private final PaperPrintQueue printQueue;

    PaperIssuer(PaperContents contents, Papers papers, PaperPrintQueue printQueue) {
        this.contents = contents;
        this.papers = papers;
        this.printQueue = printQueue;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(ApplicationChanged change) {
        long id = change.applicationId();
        if (change.entered(SUBMITTED)) {
            pending().add(id + ":RECEIPT", () -> contents.receipt(id));
        }
        if (change.entered(SUPPLEMENT_REQUESTED)) {
            pending().add(id + ":SUPPLEMENT_REQUEST", () -> contents.supplementRequest(id));
        }
        if (change.entered(REFUSED) || change.entered(REJECTED)) {
            pending().add(id + ":REFUSAL", () -> contents.refusal(id));
        }
        if (change.statusBefore() == AWAITING_DECISION && (change.statusAfter() == APPROVED || change.statusAfter() == WAITLISTED)) {
            pending().add(id + ":DECISION", () -> contents.decision(id));
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void paymentOrdered(PaymentOrdered payment) {
        pending().add(payment.applicationId() + ":PAYMENT_NOTICE:" + payment.paymentId(),
                () -> contents.paymentNotice(payment.applicationId(), payment.paymentId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void appointmentMoved(AppointmentMoved moved) {
        if (moved.apology()) {
            pending().add(moved.applicationId() + ":APOLOGY:" + moved.appointment(),
                    () -> contents.apology(moved.applicationId(), moved.previous(), moved.appointment()));
        }
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

    /** The papers one transaction calls for, each once, in the order they were called for. */
    private final class Pending implements TransactionSynchronization {

        private final Map<String, Supplier<PaperText>> papersToIssue = new LinkedHashMap<>();
        private final List<Long> issued = new ArrayList<>();

        PaperIssuer owner() {
            return PaperIssuer.this;
        }

        void add(String key, Supplier<PaperText> text) {
            papersToIssue.putIfAbsent(key, text);
        }

        @Override
        public int getOrder() {
            // Before the report summary's synchronization (the default, lowest precedence).
            return Ordered.HIGHEST_PRECEDENCE + 100;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            papersToIssue.values().forEach(text -> issued.add(papers.issue(text.get()).id()));
        }

        @Override
        public void afterCommit() {
            issued.forEach(id -> printQueue.submit(id, () -> papers.printIfMissing(id)));
        }
    }
}
