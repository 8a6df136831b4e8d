package vn.subsidyflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Role;

/** What is refused before a policy version is touched: the caller, and days in the past or beyond a DATE column. */
class PolicyVersionsUnitTests {

    private final CatalogMapper mapper = mock(CatalogMapper.class);
    private final Transactions transactions = mock(Transactions.class);
    private final WorkingDayCalendar calendar = mock(WorkingDayCalendar.class);
    private final PolicyVersions versions = new PolicyVersions(mapper, transactions, calendar);
    private final Actor admin = new Actor("admin", Set.of(Role.ADMIN), null, "127.0.0.1");

    @Test
    void shouldRefuseAnyoneButAnAdministrator() {
        Actor finance = new Actor("finance", Set.of(Role.FINANCE), null, "127.0.0.1");
        DomainFailure refused = catchThrowableOfType(DomainFailure.class, () -> versions.publish(finance, "NQ95"));
        assertThat(refused.failureCode()).isEqualTo(FailureCode.FORBIDDEN);
        verifyNoInteractions(mapper, transactions);
    }

    @Test
    void shouldRefuseACopyFromThePastAClosureBackdatedAndDaysBeyondTheYear9999() {
        given(calendar.today()).willReturn(LocalDate.of(2026, 11, 30));
        DomainFailure past = catchThrowableOfType(DomainFailure.class, () -> versions.copy(admin, "NQ95",
                new PolicyVersionCopy("NQ96", "Mới", LocalDate.of(2026, 11, 29), null, null)));
        assertThat(past.failureCode()).isEqualTo(FailureCode.INVALID_POLICY_VERSION);
        assertThat(past.details()).containsEntry("field", "effectiveFrom");
        DomainFailure backdated = catchThrowableOfType(DomainFailure.class,
                () -> versions.close(admin, "NQ95", LocalDate.of(2026, 11, 29)));
        assertThat(backdated.details()).containsEntry("field", "effectiveTo");
        DomainFailure tooFar = catchThrowableOfType(DomainFailure.class,
                () -> versions.close(admin, "NQ95", LocalDate.of(10_000, 1, 1)));
        assertThat(tooFar.failureCode()).isEqualTo(FailureCode.INVALID_POLICY_VERSION);
        verifyNoInteractions(mapper, transactions);
    }
}
