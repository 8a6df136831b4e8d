package vn.subsidyflow.notice;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.subsidyflow.application.ApplicationChanged;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.disbursement.PaymentConfirmed;

/**
 * Tells the applicant what happened to their dossier without a paper: waitlisted for want of budget,
 * lapsed, paid by the Treasury. In the transaction of the change.
 */
@Component
class DossierNotices {

    private final DossierFacts dossiers;
    private final Notices notices;

    DossierNotices(DossierFacts dossiers, Notices notices) {
        this.dossiers = dossiers;
        this.notices = notices;
    }

    @EventListener
    void on(ApplicationChanged change) {
        if (change.entered(ApplicationStatus.WAITLISTED)) {
            DossierFacts.Facts facts = dossiers.of(change.applicationId());
            facts.model().put("amountVnd", facts.application().approvedAmountVnd());
            notices.enqueue(NoticeKind.WAITLISTED, facts.applicants(), change.applicationId(), null, facts.model());
        } else if (change.entered(ApplicationStatus.LAPSED)) {
            DossierFacts.Facts facts = dossiers.of(change.applicationId());
            notices.enqueue(NoticeKind.LAPSED, facts.applicants(), change.applicationId(), null, facts.model());
        } else if (change.entered(ApplicationStatus.NOT_GRANTED)) {
            DossierFacts.Facts facts = dossiers.of(change.applicationId());
            facts.model().put("reasons", facts.application().closingReason());
            notices.enqueue(NoticeKind.NOT_GRANTED, facts.applicants(), change.applicationId(), null, facts.model());
        }
    }

    @EventListener
    void on(PaymentConfirmed payment) {
        DossierFacts.Facts facts = dossiers.of(payment.applicationId());
        Map<String, Object> model = facts.model();
        model.put("amountVnd", payment.amountVnd());
        model.put("treasuryReference", payment.treasuryReference());
        notices.enqueue(NoticeKind.PAYMENT_CONFIRMED, facts.applicants(), payment.applicationId(), null, model);
    }
}
