package vn.subsidyflow.web.application;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.applicant.UserAccount;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.audit.AuditEvent;
import vn.subsidyflow.audit.AuditTrail;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.workflow.StepOutcome;

/**
 * A dossier's history as the caller may see it. Staff see the whole trail. The applicant sees every
 * step, date and outcome, but only the words addressed to it (what to supplement, why it was
 * refused, rejected or asked to pay back) or written by itself: the appraisal comment and a
 * decision's internal note are the office's working papers. Staff appear by their office (their
 * role, e.g. {@code INTAKE}), never by username, as a public office signs as the office.
 */
@Component
public class ApplicationHistory {

    /** Actions whose detail the applicant reads: its own, and the reasons given to it. */
    private static final Set<String> DETAIL_FOR_APPLICANT = Stream.concat(
            Stream.of("CREATED", "DOCUMENT_ADDED", "SUBMITTED", "WITHDRAWN", "CLAWBACK", "PAYMENT_ORDERED", "PAYMENT_CONFIRMED"),
            Stream.of(StepOutcome.SUPPLEMENT_SUBMIT, StepOutcome.COMPLETION_EVIDENCE_SUBMIT, StepOutcome.INTAKE_REQUEST_SUPPLEMENT,
                    StepOutcome.INTAKE_REFUSE, StepOutcome.DECISION_REJECT, StepOutcome.VERIFY_COMPLETION_REQUEST_SUPPLEMENT)
                    .map(StepOutcome::auditAction)).collect(Collectors.toUnmodifiableSet());

    /**
     * Actions whose facts the applicant reads: those whose detail it reads, and the decision, whose
     * number, day and amount are public anyway (the decided support is disclosed).
     */
    private static final Set<String> FACTS_FOR_APPLICANT = Stream.concat(DETAIL_FOR_APPLICANT.stream(),
            Stream.of(StepOutcome.DECISION_APPROVE.auditAction())).collect(Collectors.toUnmodifiableSet());

    /** The office that takes each step (the step's candidate group), when the staff user holds several roles. */
    private static final Map<String, Role> OFFICE_OF_ACTION = Stream.concat(
            Arrays.stream(StepOutcome.values()).map(row -> Map.entry(row.auditAction(), row.step().role())),
            Stream.of(Map.entry("CLAWBACK", Role.FINANCE))).collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final AuditTrail audit;
    private final Accounts accounts;

    ApplicationHistory(AuditTrail audit, Accounts accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    /** The history, oldest first, as the actor may see it (the caller has checked it may see the dossier). */
    public List<AuditEvent> of(Actor actor, Application application) {
        List<AuditEvent> history = audit.history(application.id());
        if (!actor.isApplicant()) {
            return history;
        }
        // One query for everyone who acted on the dossier, not one per actor: this runs on every
        // answer an applicant gets about its dossier.
        Map<String, UserAccount> users = accounts.users(history.stream().map(AuditEvent::actor).collect(Collectors.toSet()));
        return history.stream().map(event -> {
            Optional<UserAccount> user = Optional.ofNullable(users.get(event.actor()));
            boolean ownOrganisation = user.map(u -> application.organisationId() == (u.organisationId() == null ? -1 : u.organisationId()))
                    .orElse(false);
            String who = ownOrganisation || Actor.SYSTEM.username().equals(event.actor()) ? event.actor()
                    : office(event.action(), user);
            String detail = DETAIL_FOR_APPLICANT.contains(event.action()) ? event.detail() : null;
            return new AuditEvent(event.id(), event.applicationId(), who, event.action(), event.fromStatus(), event.toStatus(),
                    detail, null, event.occurredAt(), FACTS_FOR_APPLICANT.contains(event.action()) ? event.facts() : null);
        }).toList();
    }

    private static String office(String action, Optional<UserAccount> user) {
        Set<Role> roles = user.map(UserAccount::roles).orElse(Set.of());
        Role ofStep = OFFICE_OF_ACTION.get(action);
        if (ofStep != null && (roles.contains(ofStep) || roles.isEmpty())) {
            return ofStep.name();
        }
        return roles.stream().filter(role -> role != Role.APPLICANT).sorted().findFirst().map(Role::name).orElse("STAFF");
    }
}
