package vn.subsidyflow.web.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.applicant.UserAccount;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.audit.AuditEvent;
import vn.subsidyflow.audit.AuditTrail;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.workflow.StepOutcome;

class ApplicationHistoryUnitTests {

    private static final Instant AT = Instant.parse("2026-03-02T03:00:00Z");
    private static final Actor OWNER = new Actor("owner", Set.of(Role.APPLICANT), 7L, null);

    private final AuditTrail audit = mock(AuditTrail.class);
    private final Accounts accounts = mock(Accounts.class);
    private final Application application = mock(Application.class);

    @Test
    void shouldNameTheOfficeOfTheStepAStaffMemberWithSeveralRolesTook() {
        when(application.id()).thenReturn(42L);
        when(application.organisationId()).thenReturn(7L);
        // One officer holds both roles: each step shows the office the process gives it.
        UserAccount both = new UserAccount(3L, "officer", "x", "Officer", null, null, true, Set.of(Role.INTAKE, Role.REVIEWER));
        when(accounts.users(anySet())).thenReturn(Map.of("officer", both));
        when(audit.history(42L)).thenReturn(List.of(
                event(StepOutcome.INTAKE_ACCEPT.auditAction(), "ok"),
                event(StepOutcome.VERIFY_COMPLETION_REQUEST_SUPPLEMENT.auditAction(), "send the certificate"),
                event(StepOutcome.VERIFY_COMPLETION_ACCEPT.auditAction(), "internal note")));

        List<AuditEvent> seen = new ApplicationHistory(audit, accounts).of(OWNER, application);

        assertThat(seen).extracting(AuditEvent::actor).containsExactly("INTAKE", "REVIEWER", "REVIEWER");
        assertThat(seen).extracting(AuditEvent::detail).containsExactly(null, "send the certificate", null);
    }

    private static AuditEvent event(String action, String detail) {
        return new AuditEvent(1L, 42L, "officer", action, "A", "B", detail, "10.0.0.1", AT);
    }
}
