package vn.subsidyflow.notice;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.calendar.Deadlines;
import vn.subsidyflow.disbursement.Disbursements;
import vn.subsidyflow.disbursement.Payment;
import vn.subsidyflow.paper.PaperIssued;
import vn.subsidyflow.paper.PaperKind;

/**
 * Tells the applicant of each paper issued for their dossier, with the paper attached, in the
 * transaction that issued it: the receipt, the request for supplement, the refusal, the apology,
 * the decision and the payment notice.
 */
@Component
class PaperNotices {

    private final DossierFacts dossiers;
    private final Notices notices;
    private final Deadlines deadlines;
    private final Disbursements disbursements;

    PaperNotices(DossierFacts dossiers, Notices notices, Deadlines deadlines, Disbursements disbursements) {
        this.dossiers = dossiers;
        this.notices = notices;
        this.deadlines = deadlines;
        this.disbursements = disbursements;
    }

    @EventListener
    void on(PaperIssued paper) {
        DossierFacts.Facts facts = dossiers.of(paper.applicationId());
        Application application = facts.application();
        Map<String, Object> model = facts.model();
        model.put("paperNumber", paper.number());
        switch (paper.kind()) {
            case RECEIPT, APOLOGY -> model.put("appointmentOn", application.appointmentOn());
            case SUPPLEMENT_REQUEST -> {
                model.put("missing", application.supplementRequest());
                // The supplement lapses when its timer fires: counted from now under the dossier's own processing time.
                model.put("lapsesOn", deadlines.due("supplement", paper.applicationId()).toInstant()
                        .atZone(NoticeFormats.ZONE).toLocalDate());
            }
            case REFUSAL -> {
                model.put("reasons", application.closingReason());
                model.put("atDecision", application.status() == ApplicationStatus.REJECTED);
            }
            case DECISION -> {
                model.put("amountVnd", application.approvedAmountVnd());
                model.put("decisionNumber", application.decisionNumber());
            }
            case PAYMENT_NOTICE -> model.put("amountVnd", latestPayment(application));
        }
        notices.enqueue(kind(paper.kind()), facts.applicants(), paper.applicationId(), paper.paperId(), model);
    }

    /** The payment just ordered: the latest of the dossier's payments (a dossier may be paid in tranches). */
    private Long latestPayment(Application application) {
        return disbursements.payments(application.id()).stream()
                .max(java.util.Comparator.comparing(Payment::tranche))
                .map(Payment::amountVnd)
                .orElse(application.approvedAmountVnd());
    }

    static NoticeKind kind(PaperKind kind) {
        return NoticeKind.valueOf(kind.name());
    }
}
