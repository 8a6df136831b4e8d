package vn.subsidyflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.application.DossierClock;
import vn.subsidyflow.audit.AuditTrail;
import vn.subsidyflow.budget.BudgetLedger;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.disbursement.Disbursements;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.workflow.Outcome;

/** How a completed step is checked against the process contract before anything changes. */
class ReviewUnitTests {

    private static final Actor INTAKE = new Actor("intake", Set.of(Role.INTAKE), null, null);
    private static final Actor REVIEWER = new Actor("reviewer", Set.of(Role.REVIEWER), null, null);

    private final Inbox inbox = mock(Inbox.class);
    private final TaskEngine tasks = mock(TaskEngine.class);
    private final ApplicationRepository repository = mock(ApplicationRepository.class);
    private final AuditTrail audit = mock(AuditTrail.class);
    private final Transactions transactions = mock(Transactions.class);
    private final Application application = mock(Application.class);
    private final Review review = new Review(inbox, tasks, repository, mock(Applications.class), mock(PolicyCatalog.class),
            mock(Disbursements.class), audit, transactions, Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC),
            mock(BudgetLedger.class), mock(DossierClock.class));

    @BeforeEach
    @SuppressWarnings("unchecked")
    void runTransactionsInPlace() {
        when(transactions.inTransaction(any())).thenAnswer(call -> ((Supplier<Object>) call.getArgument(0)).get());
        when(repository.load(42L)).thenReturn(application);
        when(application.id()).thenReturn(42L);
        when(application.status()).thenReturn(ApplicationStatus.SUBMITTED);
    }

    @Test
    void shouldApplyTheStepsOutcomeAuditItAndHandTheOutcomeToTheProcess() {
        when(inbox.task(INTAKE, "t1")).thenReturn(task("t1", "intake"));

        review.complete(INTAKE, "t1", TaskCompletion.of(Outcome.ACCEPT));

        verify(application).accept();
        verify(repository).save(application);
        verify(audit).record(INTAKE, 42L, "INTAKE:ACCEPT", "SUBMITTED", "SUBMITTED", null);
        verify(tasks).complete("t1", Outcome.ACCEPT);
    }

    @Test
    void shouldRefuseAnOutcomeOfAnotherStepListingTheStepsOwn() {
        when(inbox.task(REVIEWER, "t2")).thenReturn(task("t2", "appraisal"));

        DomainFailure failure = catchThrowableOfType(DomainFailure.class,
                () -> review.complete(REVIEWER, "t2", TaskCompletion.of(Outcome.APPROVE)));

        assertThat(failure.code()).isEqualTo("INVALID_OUTCOME");
        assertThat(failure.kind()).isEqualTo(DomainFailure.Kind.INVALID);
        assertThat(failure.details()).containsEntry("allowedOutcomes", List.of("RECOMMEND_APPROVAL", "RECOMMEND_REJECTION"));
        nothingChanged();
    }

    @Test
    void shouldRefuseAWordThatIsNoOutcomeAsAnInvalidOutcomeOfTheStep() {
        when(inbox.task(INTAKE, "t1")).thenReturn(task("t1", "intake"));
        TaskCompletion unknown = TaskCompletion.of(Outcome.parse("NOT_AN_OUTCOME").orElse(null));

        DomainFailure failure = catchThrowableOfType(DomainFailure.class, () -> review.complete(INTAKE, "t1", unknown));

        assertThat(failure.code()).isEqualTo("INVALID_OUTCOME");
        assertThat(failure.details()).containsEntry("allowedOutcomes", List.of("ACCEPT", "REQUEST_SUPPLEMENT", "REFUSE"));
        nothingChanged();
    }

    @Test
    void shouldAnswerNotFoundForSomeoneElsesTaskWhateverTheOutcome() {
        when(inbox.task(REVIEWER, "t1")).thenThrow(DomainFailure.notFound(FailureCode.TASK_NOT_FOUND, "t1"));

        DomainFailure failure = catchThrowableOfType(DomainFailure.class,
                () -> review.complete(REVIEWER, "t1", TaskCompletion.of(null)));

        assertThat(failure.code()).isEqualTo("TASK_NOT_FOUND");
        verifyNoInteractions(repository, audit, tasks);
    }

    private void nothingChanged() {
        verify(repository, never()).save(any());
        verifyNoInteractions(audit, tasks);
    }

    private static OpenTask task(String id, String key) {
        return new OpenTask(id, 42L, "p1", key, key, null, null, null, null, "Org", "ISO_9001", null, "Title",
                ApplicationStatus.SUBMITTED, 0L, null, null);
    }
}
