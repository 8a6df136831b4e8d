package vn.subsidyflow.web.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.applicant.OrganisationType;
import vn.subsidyflow.applicant.Registration;
import vn.subsidyflow.applicant.Registrations;
import vn.subsidyflow.applicant.UserAccount;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.review.Inbox;
import vn.subsidyflow.review.InboxFilter;
import vn.subsidyflow.review.OpenTask;
import vn.subsidyflow.review.Review;
import vn.subsidyflow.review.TaskCompletion;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.workflow.Outcome;

/**
 * One application context for every UI test (MockMvc and the browser journeys alike): the whole app
 * on a random port with the demo users. Each test files its own dossiers for its own new business.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@AutoConfigureMockMvc
public abstract class UiTestSupport {

    protected static final String PASSWORD = "s3cret-pass";

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected UserDetailsService users;
    @Autowired
    protected Registrations registrations;
    @Autowired
    protected Accounts accounts;
    @Autowired
    protected Applications applications;
    @Autowired
    protected PolicyCatalog catalog;
    @Autowired
    protected WorkingDayCalendar calendar;
    @Autowired
    protected Inbox inbox;
    @Autowired
    protected Review review;

    /** Signs the request in as this user (loaded as the login form would). */
    protected RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** Registers a new business; returns its username. */
    protected String newBusiness() {
        String username = "ui" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        registrations.register(new Registration(username, PASSWORD, username + "@example.vn", TaxCodes.fresh(),
                "Công ty " + username, OrganisationType.ENTERPRISE, "Hà Tĩnh"));
        // Support is paid only into a complete bank account on file.
        accounts.updateBankAccount(accounts.user(username).orElseThrow().organisationId(), "Vietcombank Hà Tĩnh",
                "0011000" + (100000 + Math.abs(username.hashCode() % 900000)), "CONG TY " + username.toUpperCase());
        return username;
    }

    protected Actor actor(String username) {
        UserAccount account = accounts.user(username).orElseThrow();
        return new Actor(username, account.roles(), account.organisationId(), "127.0.0.1");
    }

    protected static Actor staff(String username, Role... roles) {
        return new Actor(username, Set.of(roles), null, "127.0.0.1");
    }

    /** Drafts a dossier with every required document and files it. */
    protected long filed(String applicant, String item, long cost) {
        long id = draft(applicant, item, cost, catalog.itemInForce(item, calendar.today()).requiredDocuments());
        applications.submit(actor(applicant), id);
        return id;
    }

    protected long draft(String applicant, String item, long cost, List<DocumentKind> kinds) {
        Actor actor = actor(applicant);
        long id = applications.create(actor, item, "Hồ sơ " + item, cost).id();
        for (DocumentKind kind : kinds) {
            applications.addDocument(actor, id, kind, kind.name().toLowerCase() + ".pdf", "application/pdf",
                    ("%PDF-1.4 " + kind).getBytes(StandardCharsets.UTF_8));
        }
        return id;
    }

    protected String taskId(Actor actor, long applicationId, String key) {
        List<OpenTask> tasks = inbox.tasks(actor, new InboxFilter(key, null, applicationId, false, 0, 5));
        if (tasks.isEmpty()) {
            throw new AssertionError("No open '" + key + "' task of dossier " + applicationId + " for " + actor.username());
        }
        return tasks.get(0).taskId();
    }

    protected void complete(Actor actor, long applicationId, String key, TaskCompletion completion) {
        review.complete(actor, taskId(actor, applicationId, key), completion);
    }

    /** Intake accepts, the reviewer recommends {@code amount}, the approver approves. */
    protected void approved(long id, long amount) {
        complete(staff("intake", Role.INTAKE), id, "intake", TaskCompletion.of(Outcome.ACCEPT));
        complete(staff("reviewer", Role.REVIEWER), id, "appraisal",
                new TaskCompletion(Outcome.RECOMMEND_APPROVAL, null, amount, null, null, null));
        complete(staff("approver", Role.APPROVER), id, "decision",
                new TaskCompletion(Outcome.APPROVE, null, null, id + "/QĐ-TEST", calendar.today(), null));
    }
}
