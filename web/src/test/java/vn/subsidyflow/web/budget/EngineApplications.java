package vn.subsidyflow.web.budget;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.applicant.Organisation;
import vn.subsidyflow.applicant.OrganisationType;
import vn.subsidyflow.applicant.UserAccount;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.review.Inbox;
import vn.subsidyflow.review.OpenTask;
import vn.subsidyflow.review.Review;
import vn.subsidyflow.review.TaskCompletion;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.web.support.TaxCodes;
import vn.subsidyflow.workflow.Outcome;

/**
 * Prepares many dossiers quickly through one node's engine services (the same code the API calls,
 * without an HTTP round trip and a password check per step). Tests then act over HTTP.
 */
final class EngineApplications {

    static final Actor INTAKE = new Actor("intake", Set.of(Role.INTAKE), null, null);
    static final Actor REVIEWER = new Actor("reviewer", Set.of(Role.REVIEWER), null, null);
    static final Actor APPROVER = new Actor("approver", Set.of(Role.APPROVER), null, null);
    static final Actor FINANCE = new Actor("finance", Set.of(Role.FINANCE), null, null);
    private static final DocumentKind[] FILING = {DocumentKind.APPLICATION_FORM, DocumentKind.BUSINESS_REGISTRATION,
            DocumentKind.CONTRACT, DocumentKind.INVOICE, DocumentKind.CERTIFICATE};

    private final Applications applications;
    private final Review review;
    private final Inbox inbox;
    private final Accounts accounts;

    EngineApplications(ApplicationContext node) {
        this.applications = node.getBean(Applications.class);
        this.review = node.getBean(Review.class);
        this.inbox = node.getBean(Inbox.class);
        this.accounts = node.getBean(Accounts.class);
    }

    /** A new business with a bank account, signed in as its applicant user. */
    Actor newBusiness() {
        String username = "eng" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        UserAccount user = accounts.createOrganisationUser(new Organisation(null, TaxCodes.fresh(), "Công ty " + username,
                OrganisationType.ENTERPRISE, "Hà Tĩnh", null, null, null, null, null), username, "s3cret-pass");
        accounts.updateBankAccount(user.organisationId(), "BIDV Hà Tĩnh", "5201000" + (100_000 + (int) (Math.random() * 900_000)),
                "CONG TY " + username.toUpperCase());
        return new Actor(username, Set.of(Role.APPLICANT), user.organisationId(), null);
    }

    /** Files, accepts and appraises a dossier for {@code amountVnd}: it awaits the approver's decision. */
    long decisionPending(Actor applicant, String itemCode, long amountVnd) {
        long id = applications.create(applicant, itemCode, "Dossier " + itemCode, amountVnd * 2).id();
        for (DocumentKind kind : FILING) {
            applications.addDocument(applicant, id, kind, kind.name().toLowerCase() + ".pdf", "application/pdf",
                    ("%PDF-1.4 " + kind).getBytes(StandardCharsets.UTF_8));
        }
        applications.submit(applicant, id);
        review.complete(INTAKE, task(INTAKE, id, "intake"), TaskCompletion.of(Outcome.ACCEPT));
        review.complete(REVIEWER, task(REVIEWER, id, "appraisal"),
                new TaskCompletion(Outcome.RECOMMEND_APPROVAL, null, amountVnd, null, null, null));
        return id;
    }

    /** Approved through the engine: AWAITING_PAYMENT when the line covers it. */
    long awaitingPayment(Actor applicant, String itemCode, long amountVnd) {
        long id = decisionPending(applicant, itemCode, amountVnd);
        review.complete(APPROVER, task(APPROVER, id, "decision"),
                new TaskCompletion(Outcome.APPROVE, null, null, id + "/QĐ-SKHCN", null, null));
        return id;
    }

    String task(Actor actor, long applicationId, String key) {
        return inbox.tasksOf(actor, applicationId).stream().filter(t -> t.taskKey().equals(key)).map(OpenTask::taskId)
                .findFirst().orElseThrow(() -> new AssertionError("No open '" + key + "' task on dossier " + applicationId));
    }
}
