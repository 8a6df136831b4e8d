package vn.subsidyflow.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.catalog.SupportItem;

/** Test data builders that walk the dossier's state machine, as a user would. */
final class TestApplications {

    static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final SupportItem ISO = new SupportItem(7, 1, "TEST", "ISO_9001", Category.MANAGEMENT_SYSTEM, "ISO", "ISO", 50,
            50_000_000L, "PER_APPLICATION", 1, List.of(DocumentKind.APPLICATION_FORM), List.of(DocumentKind.CERTIFICATE),
            "Test", true, LocalDate.of(2020, 1, 1), null);

    private TestApplications() {
    }

    static Application draft(long eligibleCostVnd) {
        return Application.draft(42, ISO, "ISO 9001", eligibleCostVnd, "applicant1");
    }

    static Application submitted() {
        Application a = draft(80_000_000L);
        a.submit(NOW);
        return a;
    }

    static Application inAppraisal() {
        Application a = submitted();
        a.accept();
        return a;
    }

    static Application awaitingDecision(String reviewer) {
        Application a = inAppraisal();
        a.recommendApproval(reviewer, 40_000_000L, "Eligible", NOW);
        return a;
    }

    static Application approved() {
        Application a = awaitingDecision("reviewer");
        a.approve("approver", "1/QĐ", TODAY, NOW);
        a.committed(3);
        return a;
    }

    static Application awaitingPayment() {
        Application a = approved();
        a.awaitPayment();
        return a;
    }
}
