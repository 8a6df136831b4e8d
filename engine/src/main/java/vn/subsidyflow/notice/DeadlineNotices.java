package vn.subsidyflow.notice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.subsidyflow.deadline.EvidenceOverdue;
import vn.subsidyflow.deadline.LapseApproaching;
import vn.subsidyflow.deadline.StepOverdue;
import vn.subsidyflow.shared.Role;

/**
 * Tells people of deadlines: the applicant before their dossier lapses and when the completion
 * evidence is late; the approvers (and a leader role, if the roles ever have one) when a staff step
 * is overdue; reviewers and approvers when the evidence is long overdue.
 */
@Component
class DeadlineNotices {

    private final DossierFacts dossiers;
    private final Notices notices;

    DeadlineNotices(DossierFacts dossiers, Notices notices) {
        this.dossiers = dossiers;
        this.notices = notices;
    }

    @EventListener
    void on(LapseApproaching lapse) {
        DossierFacts.Facts facts = dossiers.of(lapse.applicationId());
        facts.model().put("lapsesOn", lapse.lapsesOn());
        notices.enqueue(NoticeKind.LAPSE_REMINDER, facts.applicants(), lapse.applicationId(), null, facts.model());
    }

    @EventListener
    void on(StepOverdue overdue) {
        DossierFacts.Facts facts = dossiers.of(overdue.applicationId());
        facts.model().put("step", overdue.step().key());
        facts.model().put("dueAt", overdue.dueAt());
        notices.enqueue(NoticeKind.ESCALATION, notices.staffWith(escalationRoles()), overdue.applicationId(), null,
                facts.model());
    }

    @EventListener
    void on(EvidenceOverdue overdue) {
        DossierFacts.Facts facts = dossiers.of(overdue.applicationId());
        facts.model().put("awaitingSince", overdue.awaitingSince());
        if (overdue.escalated()) {
            notices.enqueue(NoticeKind.EVIDENCE_ESCALATION, notices.staffWith(Role.REVIEWER, Role.APPROVER),
                    overdue.applicationId(), null, facts.model());
        } else {
            notices.enqueue(NoticeKind.EVIDENCE_REMINDER, facts.applicants(), overdue.applicationId(), null, facts.model());
        }
    }

    private static Role[] escalationRoles() {
        List<Role> roles = new ArrayList<>(List.of(Role.APPROVER));
        Arrays.stream(Role.values()).filter(role -> role.name().equals("LEADER")).forEach(roles::add);
        return roles.toArray(Role[]::new);
    }
}
