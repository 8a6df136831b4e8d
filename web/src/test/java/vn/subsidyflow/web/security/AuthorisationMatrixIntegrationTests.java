package vn.subsidyflow.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.RealHttp;
import vn.subsidyflow.web.support.Scenario;

/**
 * Every API endpoint and every page, called by every demo user and anonymously, against the table
 * below of who may do what. A caller the table leaves out must be refused — 401 or 403, or 404 where
 * the thing is a dossier or task that is not theirs (their existence is not disclosed) — and the
 * refused call must change nothing. A caller the table lets in must not be refused (it may still get a
 * 4xx for the harmless body it sends). Dossier-scoped rows are owned by applicant1's business, so
 * applicant2 walks each of them as another business.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIntegrationTests {

    /** The callers: the demo users (password {@code demo}) and nobody signed in. */
    enum Who {
        APPLICANT1("applicant1"), APPLICANT2("applicant2"), INTAKE("intake"), REVIEWER("reviewer"), APPROVER("approver"),
        FINANCE("finance"), ADMIN("admin"), AUDITOR("auditor"), DEPUTY("deputy"), ANONYMOUS(null);

        final String username;

        Who(String username) {
            this.username = username;
        }
    }

    // Who is who in the table.
    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    static final Set<Who> APPLICANTS = EnumSet.of(Who.APPLICANT1, Who.APPLICANT2);
    static final Set<Who> OWNER = EnumSet.of(Who.APPLICANT1);
    static final Set<Who> STAFF = EnumSet.of(Who.INTAKE, Who.REVIEWER, Who.APPROVER, Who.FINANCE, Who.ADMIN, Who.AUDITOR, Who.DEPUTY);
    static final Set<Who> TASK_WORKERS = EnumSet.of(Who.INTAKE, Who.REVIEWER, Who.APPROVER, Who.FINANCE, Who.DEPUTY);
    static final Set<Who> BUDGET_READERS = EnumSet.of(Who.FINANCE, Who.ADMIN, Who.AUDITOR, Who.APPROVER, Who.DEPUTY);
    static final Set<Who> MONEY_MOVERS = EnumSet.of(Who.FINANCE, Who.ADMIN);
    static final Set<Who> PAYMENT_READERS = EnumSet.of(Who.FINANCE, Who.ADMIN, Who.AUDITOR);
    static final Set<Who> ADMIN_AUDITOR = EnumSet.of(Who.ADMIN, Who.AUDITOR);
    static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);
    static final Set<Who> INTAKE = EnumSet.of(Who.INTAKE);
    static final Set<Who> APPROVERS = EnumSet.of(Who.APPROVER, Who.DEPUTY);
    static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);

    static Set<Who> union(Set<Who> a, Set<Who> b) {
        Set<Who> all = EnumSet.noneOf(Who.class);
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    /** Whether a refusal may be a 404: the row names a dossier, task or document that may not be the caller's. */
    enum Scope { PLAIN, OWNED }

    /** One row: a request (the path's {placeholders} filled from the fixture) and who may make it. */
    record Row(String method, String path, Object body, Set<Who> allowed, Scope scope) {

        boolean page() {
            return !path.startsWith("/api/") && !path.startsWith("/actuator") && !path.startsWith("/v3/");
        }
    }

    static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        // --- REST API -------------------------------------------------------------------------------
        rows.add(new Row("GET", "/api/v1/support-items", null, EVERYONE, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/registrations", Map.of(), EVERYONE, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/policy-versions", null, SIGNED_IN, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/holidays", null, SIGNED_IN, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/holidays", Map.of("day", "1990-01-01", "nameVi", "", "nameEn", ""), ADMIN, Scope.PLAIN));
        rows.add(new Row("DELETE", "/api/v1/holidays/{oldDay}", null, ADMIN, Scope.PLAIN));
        // The file names a day of another year: refused whole, nothing written.
        rows.add(new Row("CSV", "/api/v1/holidays/imports?year=2031", "day,nameVi,nameEn\n1990-01-01,x,x\n", ADMIN, Scope.PLAIN));
        rows.add(new Row("UPLOAD", "/api/v1/imports/history", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/imports/history/999999999", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/policy-versions", Map.of(), ADMIN, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/policy-versions/{policy}", null, SIGNED_IN, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/policy-versions/{policy}/copies", Map.of(), ADMIN, Scope.PLAIN));
        rows.add(new Row("PUT", "/api/v1/policy-versions/{policy}/items/{item}", Map.of(), ADMIN, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/policy-versions/{policy}/processing-time", null, SIGNED_IN, Scope.PLAIN));
        rows.add(new Row("PUT", "/api/v1/policy-versions/{policy}/processing-time", Map.of(), ADMIN, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/policy-versions/{policy}/publication", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/policy-versions/{policy}/closure", Map.of(), ADMIN, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/applications", null, SIGNED_IN, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/applications",
                Map.of("supportItemCode", "{item}", "title", "Matrix draft", "eligibleCostVnd", 10_000_000L), APPLICANTS, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/applications/{filed}", null, union(OWNER, STAFF), Scope.OWNED));
        rows.add(new Row("GET", "/api/v1/applications/{draft}", null, OWNER, Scope.OWNED));
        rows.add(new Row("GET", "/api/v1/applications/{filed}/documents", null, union(OWNER, STAFF), Scope.OWNED));
        rows.add(new Row("GET", "/api/v1/applications/{filed}/documents/{filedDocument}", null, union(OWNER, STAFF), Scope.OWNED));
        rows.add(new Row("GET", "/api/v1/applications/{draft}/documents/{draftDocument}", null, OWNER, Scope.OWNED));
        rows.add(new Row("GET", "/api/v1/applications/{filed}/papers", null, union(OWNER, STAFF), Scope.OWNED));
        rows.add(new Row("GET", "/api/v1/applications/{filed}/papers/{filedPaper}", null, union(OWNER, STAFF), Scope.OWNED));
        rows.add(new Row("UPLOAD", "/api/v1/applications/{draft}/documents", null, OWNER, Scope.OWNED));
        rows.add(new Row("POST", "/api/v1/applications/{draft}/submit", null, OWNER, Scope.OWNED));
        rows.add(new Row("POST", "/api/v1/applications/{withdrawable}/withdraw", null, OWNER, Scope.OWNED));
        rows.add(new Row("POST", "/api/v1/applications/counter-filings", Map.of("taxCode", "123", "supportItemCode", "{item}",
                "title", "Matrix counter filing", "eligibleCostVnd", 10_000_000L), INTAKE, Scope.PLAIN));
        rows.add(new Row("UPLOAD", "/api/v1/applications/counter-filings/{draft}/documents", null, INTAKE, Scope.OWNED));
        rows.add(new Row("POST", "/api/v1/applications/counter-filings/{draft}/submit", null, INTAKE, Scope.OWNED));
        rows.add(new Row("GET", "/api/v1/tasks", null, SIGNED_IN, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/tasks/overdue", null, APPROVERS, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/applications/{filed}/timeline", null, STAFF, Scope.OWNED));
        rows.add(new Row("GET", "/api/v1/tasks/{intakeTask}", null, INTAKE, Scope.OWNED));
        rows.add(new Row("POST", "/api/v1/tasks/{intakeTask}/complete", Map.of("outcome", "NOT_AN_OUTCOME"), INTAKE, Scope.OWNED));
        rows.add(new Row("POST", "/api/v1/tasks/{intakeTask}/claim", null, INTAKE, Scope.OWNED));
        rows.add(new Row("POST", "/api/v1/tasks/{intakeTask}/unclaim", null, INTAKE, Scope.OWNED));
        rows.add(new Row("GET", "/api/v1/tasks/{supplementTask}", null, OWNER, Scope.OWNED));
        rows.add(new Row("POST", "/api/v1/tasks/{supplementTask}/complete", Map.of("outcome", "NOT_AN_OUTCOME"), OWNER, Scope.OWNED));
        rows.add(new Row("GET", "/api/v1/organisation", null, APPLICANTS, Scope.PLAIN));
        rows.add(new Row("PUT", "/api/v1/organisation/bank-account",
                Map.of("bankName", "", "accountNumber", "not digits", "accountName", ""), APPLICANTS, Scope.PLAIN));
        rows.add(new Row("PUT", "/api/v1/organisation/contact", Map.of("email", "not an address", "address", ""), APPLICANTS,
                Scope.PLAIN));
        rows.add(new Row("PUT", "/api/v1/organisation/profile",
                Map.of("address", "", "provinceCode", "4X", "size", "SMALL"), APPLICANTS, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/budget", null, BUDGET_READERS, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/budget/ledger", null, BUDGET_READERS, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/budget/ledger.csv", null, BUDGET_READERS, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/budget/reconciliation", null, BUDGET_READERS, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/budget/lines", Map.of("fiscalYear", 2000, "category", "MANAGEMENT_SYSTEM",
                "allocatedVnd", 0, "policyCode", "{policy}", "reason", "matrix", "documentRef", "matrix"), MONEY_MOVERS, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/budget/lines/{line}/top-ups",
                Map.of("amountVnd", 1_000L, "reason", "matrix", "documentRef", "matrix"), MONEY_MOVERS, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/budget/transfers", Map.of("fromLineId", "{line}", "toLineId", "{line}",
                "amountVnd", 1_000L, "reason", "matrix", "documentRef", "matrix"), MONEY_MOVERS, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/budget/clawbacks", Map.of("applicationId", "{filed}", "amountVnd", 1_000L,
                "reason", "matrix", "documentRef", "matrix"), MONEY_MOVERS, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/budget/year-end-closings", Map.of("policyCode", "{policy}", "fiscalYear", 1990,
                "reason", "matrix", "documentRef", "matrix"), MONEY_MOVERS, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/payment-batches", Map.of("description", "matrix", "payments", List.of()),
                MONEY_MOVERS, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/payment-batches/999999999", null, PAYMENT_READERS, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/payments/999999999", null, PAYMENT_READERS, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/payments/999999999/confirm", Map.of("treasuryReference", "matrix"), MONEY_MOVERS,
                Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/reports/period", null, BUDGET_READERS, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/reports/period.csv?fromYear=2021&toYear=2021", null, BUDGET_READERS, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/reports/what-if?policyVersionId=999999999&from=2021-01-01&to=2021-12-31", null,
                BUDGET_READERS, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/reports/period.xlsx?fromYear=2021&toYear=2021", null, BUDGET_READERS, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/reports/period.pdf?fromYear=2021&toYear=2021", null, BUDGET_READERS, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/statistics", null, BUDGET_READERS, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/admin/backups", Map.of(), ADMIN, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/users", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/users/{intakeUser}", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/users", Map.of(), ADMIN, Scope.PLAIN));
        rows.add(new Row("PATCH", "/api/v1/users/{intakeUser}", Map.of("email", "not an address"), ADMIN, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/users/{nobody}/password-reset", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("PUT", "/api/v1/me/password", Map.of(), SIGNED_IN, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/notifications", null, SIGNED_IN, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/notifications/0/read", null, SIGNED_IN, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/notices/0/resend", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/password-resets", Map.of("username", "nobody-matrix"), EVERYONE, Scope.PLAIN));
        rows.add(new Row("POST", "/api/v1/password-resets/{nobody}", Map.of("newPassword", "x"), EVERYONE, Scope.PLAIN));
        rows.add(new Row("GET", "/actuator/health", null, EVERYONE, Scope.PLAIN));
        rows.add(new Row("GET", "/actuator/info", null, ADMIN_AUDITOR, Scope.PLAIN));
        rows.add(new Row("GET", "/v3/api-docs", null, EVERYONE, Scope.PLAIN));
        // --- Pages ----------------------------------------------------------------------------------
        rows.add(new Row("GET", "/", null, EVERYONE, Scope.PLAIN));
        rows.add(new Row("GET", "/login", null, EVERYONE, Scope.PLAIN));
        rows.add(new Row("GET", "/signup", null, EVERYONE, Scope.PLAIN));
        rows.add(new Row("GET", "/disclosure", null, EVERYONE, Scope.PLAIN));
        rows.add(new Row("GET", "/disclosure.csv?year=2021", null, EVERYONE, Scope.PLAIN));
        rows.add(new Row("GET", "/disclosure.xlsx?year=2021", null, EVERYONE, Scope.PLAIN));
        rows.add(new Row("GET", "/api/v1/disclosure?year=2021", null, EVERYONE, Scope.PLAIN));
        rows.add(new Row("POST", "/signup", "username=matrix&password=a&passwordAgain=b", EVERYONE, Scope.PLAIN));
        rows.add(new Row("GET", "/setup", null, EVERYONE, Scope.PLAIN));
        rows.add(new Row("POST", "/setup", "token=matrix&username=matrix&password=matrix", EVERYONE, Scope.PLAIN));
        rows.add(new Row("GET", "/home", null, SIGNED_IN, Scope.PLAIN));
        rows.add(new Row("GET", "/my/dossiers", null, APPLICANTS, Scope.PLAIN));
        rows.add(new Row("GET", "/my/dossiers/new", null, APPLICANTS, Scope.PLAIN));
        rows.add(new Row("POST", "/my/dossiers", "item={item}&title=&cost=", APPLICANTS, Scope.PLAIN));
        rows.add(new Row("GET", "/my/dossiers/{filed}", null, OWNER, Scope.OWNED));
        rows.add(new Row("POST", "/my/dossiers/{draft}/documents", "kind=INVOICE", OWNER, Scope.OWNED));
        rows.add(new Row("POST", "/my/dossiers/{draft}/submit", "", OWNER, Scope.OWNED));
        rows.add(new Row("POST", "/my/dossiers/{withdrawablePage}/withdraw", "", OWNER, Scope.OWNED));
        rows.add(new Row("POST", "/my/dossiers/{supplementDossier}/tasks/{supplementTask}", "outcome=NOT_AN_OUTCOME", OWNER,
                Scope.OWNED));
        rows.add(new Row("GET", "/my/organisation", null, APPLICANTS, Scope.PLAIN));
        rows.add(new Row("POST", "/my/organisation/contact", "email=not-an-address&address=", APPLICANTS, Scope.PLAIN));
        rows.add(new Row("POST", "/my/organisation/bank-account", "currentPassword=wrong&bankName=x&accountNumber=1&accountName=x",
                APPLICANTS, Scope.PLAIN));
        rows.add(new Row("GET", "/inbox", null, TASK_WORKERS, Scope.PLAIN));
        rows.add(new Row("GET", "/staff/overdue", null, APPROVERS, Scope.PLAIN));
        rows.add(new Row("GET", "/staff/dossiers/{filed}/timeline", null, STAFF, Scope.OWNED));
        rows.add(new Row("GET", "/inbox/tasks/{intakeTask}", null, INTAKE, Scope.OWNED));
        rows.add(new Row("POST", "/inbox/tasks/{intakeTask}/claim", "", INTAKE, Scope.OWNED));
        rows.add(new Row("POST", "/inbox/tasks/{intakeTask}/unclaim", "", INTAKE, Scope.OWNED));
        rows.add(new Row("POST", "/inbox/tasks/{intakeTask}/complete", "outcome=NOT_AN_OUTCOME", INTAKE, Scope.OWNED));
        rows.add(new Row("GET", "/counter", null, INTAKE, Scope.PLAIN));
        rows.add(new Row("POST", "/counter", "taxCode=123&item={item}&title=&cost=", INTAKE, Scope.PLAIN));
        rows.add(new Row("GET", "/counter/{draft}", null, INTAKE, Scope.OWNED));
        rows.add(new Row("POST", "/counter/{draft}/documents", "kind=INVOICE", INTAKE, Scope.OWNED));
        rows.add(new Row("POST", "/counter/{draft}/submit", "", INTAKE, Scope.OWNED));
        rows.add(new Row("GET", "/cases", null, STAFF, Scope.PLAIN));
        rows.add(new Row("GET", "/cases/export.csv", null, STAFF, Scope.PLAIN));
        rows.add(new Row("GET", "/cases/{filed}", null, STAFF, Scope.OWNED));
        rows.add(new Row("GET", "/cases/{draft}", null, NOBODY, Scope.OWNED));
        rows.add(new Row("GET", "/dossiers/{filed}/documents/{filedDocument}", null, union(OWNER, STAFF), Scope.OWNED));
        rows.add(new Row("GET", "/dossiers/{draft}/documents/{draftDocument}", null, OWNER, Scope.OWNED));
        rows.add(new Row("GET", "/dossiers/{filed}/papers/{filedPaper}", null, union(OWNER, STAFF), Scope.OWNED));
        rows.add(new Row("GET", "/dossiers/{filed}/diagram.png", null, union(OWNER, STAFF), Scope.OWNED));
        rows.add(new Row("GET", "/dossiers/{filed}/diagram.svg", null, union(OWNER, STAFF), Scope.OWNED));
        rows.add(new Row("GET", "/finance", null, BUDGET_READERS, Scope.PLAIN));
        rows.add(new Row("GET", "/statistics", null, BUDGET_READERS, Scope.PLAIN));
        rows.add(new Row("GET", "/finance/ledger", null, BUDGET_READERS, Scope.PLAIN));
        rows.add(new Row("GET", "/finance/ledger.csv", null, BUDGET_READERS, Scope.PLAIN));
        rows.add(new Row("GET", "/reports", null, BUDGET_READERS, Scope.PLAIN));
        rows.add(new Row("GET", "/reports/what-if", null, BUDGET_READERS, Scope.PLAIN));
        rows.add(new Row("GET", "/reports/period.csv?fromYear=2021&toYear=2021", null, BUDGET_READERS, Scope.PLAIN));
        rows.add(new Row("GET", "/reports/period.xlsx?fromYear=2021&toYear=2021", null, BUDGET_READERS, Scope.PLAIN));
        rows.add(new Row("GET", "/reports/period.pdf?fromYear=2021&toYear=2021", null, BUDGET_READERS, Scope.PLAIN));
        rows.add(new Row("GET", "/finance/lines/new", null, MONEY_MOVERS, Scope.PLAIN));
        rows.add(new Row("POST", "/finance/lines", "fiscalYear=1990&reason=&documentRef=", MONEY_MOVERS, Scope.PLAIN));
        rows.add(new Row("POST", "/finance/lines/confirm", "fiscalYear=1990&reason=&documentRef=", MONEY_MOVERS, Scope.PLAIN));
        rows.add(new Row("GET", "/finance/lines/{line}/top-up", null, MONEY_MOVERS, Scope.PLAIN));
        rows.add(new Row("POST", "/finance/lines/{line}/top-up", "amount=&reason=&documentRef=", MONEY_MOVERS, Scope.PLAIN));
        rows.add(new Row("POST", "/finance/lines/{line}/top-up/confirm", "amount=&reason=&documentRef=", MONEY_MOVERS, Scope.PLAIN));
        rows.add(new Row("GET", "/finance/transfers/new", null, MONEY_MOVERS, Scope.PLAIN));
        rows.add(new Row("POST", "/finance/transfers", "fromLineId={line}&toLineId={line}&amount=1000", MONEY_MOVERS, Scope.PLAIN));
        rows.add(new Row("POST", "/finance/transfers/confirm", "fromLineId={line}&toLineId={line}&amount=1000", MONEY_MOVERS,
                Scope.PLAIN));
        rows.add(new Row("GET", "/finance/year-end", null, MONEY_MOVERS, Scope.PLAIN));
        rows.add(new Row("POST", "/finance/year-end", "fiscalYear=1990&reason=&documentRef=", MONEY_MOVERS, Scope.PLAIN));
        rows.add(new Row("POST", "/finance/year-end/confirm", "fiscalYear=1990&reason=&documentRef=", MONEY_MOVERS, Scope.PLAIN));
        rows.add(new Row("GET", "/admin/users", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("POST", "/admin/users", "username=", ADMIN, Scope.PLAIN));
        rows.add(new Row("GET", "/admin/users/{intakeUser}", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("POST", "/admin/users/{intakeUser}", "displayName=&email=", ADMIN, Scope.PLAIN));
        rows.add(new Row("POST", "/admin/users/{nobody}/enabled", "enabled=true", ADMIN, Scope.PLAIN));
        rows.add(new Row("POST", "/admin/users/{nobody}/password-reset", "", ADMIN, Scope.PLAIN));
        rows.add(new Row("GET", "/account/password", null, SIGNED_IN, Scope.PLAIN));
        rows.add(new Row("POST", "/account/password", "currentPassword=&newPassword=&newPasswordAgain=", SIGNED_IN, Scope.PLAIN));
        rows.add(new Row("GET", "/admin/support-items", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("GET", "/admin/policy-versions", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("GET", "/admin/policy-versions/{policy}", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("POST", "/admin/policy-versions/{policy}/copies", "newCode=&name=&effectiveFrom=", ADMIN, Scope.PLAIN));
        rows.add(new Row("GET", "/admin/policy-versions/{policy}/items", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("POST", "/admin/policy-versions/{policy}/items", "item={item}&ratePct=x", ADMIN, Scope.PLAIN));
        rows.add(new Row("POST", "/admin/policy-versions/{policy}/items/delete", "item={item}", ADMIN, Scope.PLAIN));
        rows.add(new Row("GET", "/admin/policy-versions/{policy}/publication", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("POST", "/admin/policy-versions/{policy}/publication", "", ADMIN, Scope.PLAIN));
        rows.add(new Row("GET", "/admin/policy-versions/{policy}/closure", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("POST", "/admin/policy-versions/{policy}/closure", "effectiveTo=", ADMIN, Scope.PLAIN));
        rows.add(new Row("GET", "/admin/holidays", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("POST", "/admin/holidays/import", "year=1990", ADMIN, Scope.PLAIN));
        rows.add(new Row("POST", "/admin/holidays", "day=&nameVi=&nameEn=", ADMIN, Scope.PLAIN));
        rows.add(new Row("POST", "/admin/holidays/delete", "day=1990-01-01", ADMIN, Scope.PLAIN));
        rows.add(new Row("GET", "/admin/imports", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("GET", "/admin/imports/999999999", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("GET", "/admin/imports/errors.csv", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("POST", "/admin/imports", "", ADMIN, Scope.PLAIN));
        rows.add(new Row("GET", "/password/forgotten", null, EVERYONE, Scope.PLAIN));
        rows.add(new Row("POST", "/password/forgotten", "usernameOrEmail=nobody-matrix", EVERYONE, Scope.PLAIN));
        rows.add(new Row("GET", "/password/reset?token=x", null, EVERYONE, Scope.PLAIN));
        rows.add(new Row("POST", "/password/reset", "token=x&newPassword=x", EVERYONE, Scope.PLAIN));
        rows.add(new Row("GET", "/notifications", null, SIGNED_IN, Scope.PLAIN));
        rows.add(new Row("POST", "/notifications/0/read", "", SIGNED_IN, Scope.PLAIN));
        rows.add(new Row("GET", "/admin/notices", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("POST", "/admin/notices/0/resend", "", ADMIN, Scope.PLAIN));
        rows.add(new Row("GET", "/admin/mail", null, ADMIN, Scope.PLAIN));
        rows.add(new Row("GET", "/admin/mail/999999", null, ADMIN, Scope.PLAIN));
        return rows;
    }

    /** What a request may change, summed up: any refused request must leave this exactly as it was. */
    static final String STATE = """
            SELECT CONCAT_WS('|',
              (SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(version), 0)) FROM application),
              (SELECT COUNT(*) FROM application_document),
              (SELECT COUNT(*) FROM ledger_entry),
              (SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(allocated_vnd), 0)) FROM budget_line),
              (SELECT COUNT(*) FROM payment), (SELECT COUNT(*) FROM payment_batch),
              (SELECT COUNT(*) FROM holiday), (SELECT COUNT(*) FROM policy_version),
              (SELECT COUNT(*) FROM app_user), (SELECT COUNT(*) FROM organisation),
              (SELECT COALESCE(SUM(CRC32(CONCAT_WS(',', bank_name, bank_account_number, bank_account_name))), 0) FROM organisation),
              (SELECT COALESCE(SUM(CRC32(CONCAT(task_id, COALESCE(assignee, '-')))), 0) FROM open_task),
              (SELECT COUNT(*) FROM audit_event))
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Scenario scenario;
    final Map<String, String> fixture = new java.util.HashMap<>();
    final Map<Who, RealHttp> browsers = new EnumMap<>(Who.class);

    @BeforeAll
    void createTheDossiersOfApplicant1() {
        scenario = Scenario.create(port, 100_000_000L, 0, 0);
        Api owner = scenario.as("applicant1");
        Api intake = scenario.as("intake");
        long draft = scenario.draft(owner, scenario.iso, 10_000_000L);
        scenario.upload(owner, draft, "INVOICE");
        long filed = scenario.file(owner, scenario.iso, 20_000_000L);
        long supplementDossier = scenario.file(owner, scenario.iso, 30_000_000L);
        scenario.completeOk(intake, supplementDossier, "intake", Map.of("outcome", "REQUEST_SUPPLEMENT", "comment", "matrix"));
        fixture.put("item", scenario.iso);
        fixture.put("intakeUser", "intake");
        fixture.put("nobody", "nobody-matrix");
        fixture.put("policy", scenario.tag);
        fixture.put("line", String.valueOf(scenario.lineId(Category.MANAGEMENT_SYSTEM)));
        fixture.put("draft", String.valueOf(draft));
        fixture.put("filed", String.valueOf(filed));
        fixture.put("supplementDossier", String.valueOf(supplementDossier));
        fixture.put("withdrawable", String.valueOf(scenario.draft(owner, scenario.iso, 10_000_000L)));
        fixture.put("withdrawablePage", String.valueOf(scenario.draft(owner, scenario.iso, 10_000_000L)));
        fixture.put("draftDocument", owner.get("/api/v1/applications/" + draft + "/documents").body().get(0).path("id").asString());
        fixture.put("filedDocument", owner.get("/api/v1/applications/" + filed + "/documents").body().get(0).path("id").asString());
        fixture.put("filedPaper", owner.get("/api/v1/applications/" + filed + "/papers").body().get(0).path("id").asString());
        fixture.put("intakeTask", scenario.taskId(intake, filed, "intake"));
        fixture.put("oldDay", "1990-01-01");
        fixture.put("supplementTask", scenario.taskId(owner, supplementDossier, "supplement"));
        for (Who who : Who.values()) {
            browsers.put(who, who == Who.ANONYMOUS ? new RealHttp(port) : RealHttp.signedIn(port, who.username, Scenario.PASSWORD));
        }
    }

    /** A new endpoint or page without a row fails here, so the table stays the whole surface. */
    @Test
    void shouldHaveARowForEveryEndpointAndPage() {
        Set<String> rows = new java.util.TreeSet<>();
        table().forEach(row -> rows.add(("UPLOAD".equals(row.method()) || "CSV".equals(row.method()) ? "POST" : row.method())
                + " " + shape(row.path().replaceAll("\\?.*$", ""))));
        Set<String> missing = new java.util.TreeSet<>();
        Set<String> ours = new java.util.TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("vn.subsidyflow")
                    || handler.getBeanType().getSimpleName().equals("ApiErrorController")) {
                // /error is where the container forwards a failure, not an endpoint of its own.
                return;
            }
            ours.add(handler.toString());
            Set<String> methods = new java.util.TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            for (String pattern : info.getPatternValues()) {
                for (String method : methods.isEmpty() ? Set.of("GET") : methods) {
                    if (!rows.contains(method + " " + shape(pattern))) {
                        missing.add(method + " " + pattern + " (" + handler + ")");
                    }
                }
            }
        });
        assertThat(ours).as("our controller methods").hasSizeGreaterThan(60);
        assertThat(missing).as("endpoints without a row in the table").isEmpty();
    }

    /** A path with every variable or id as {}: /api/v1/tasks/{intakeTask}/claim and /api/v1/tasks/{id}/claim alike. */
    private static String shape(String path) {
        return path.replaceAll("\\{[^}]*}", "{}").replaceAll("/[0-9]+(?=/|$)", "/{}");
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAndPageAsEveryCaller() {
        return table().stream().flatMap(row -> callersInOrder(row).stream().map(who ->
                DynamicTest.dynamicTest(row.method() + " " + row.path() + " as " + who, () -> check(row, who))));
    }

    /** Refused callers first, so an allowed call (which may change things, e.g. a withdrawal) comes after them. */
    private static List<Who> callersInOrder(Row row) {
        List<Who> order = new ArrayList<>();
        Stream.of(Who.values()).filter(w -> !row.allowed().contains(w)).forEach(order::add);
        Stream.of(Who.values()).filter(w -> row.allowed().contains(w)).forEach(order::add);
        return order;
    }

    private void check(Row row, Who who) {
        String path = fill(row.path());
        boolean allowed = row.allowed().contains(who);
        String before = allowed ? null : state();
        Outcome outcome = row.page() ? page(row, who, path) : api(row, who, path);
        String what = row.method() + " " + path + " as " + who + " -> " + outcome;
        if (allowed) {
            assertThat(outcome.refused(who, row.page())).as(what + " (allowed, so must not be refused)").isFalse();
            assertThat(outcome.status()).as(what).isLessThan(500);
        } else {
            Set<Integer> refusals = row.scope() == Scope.OWNED ? Set.of(401, 403, 404) : Set.of(401, 403);
            assertThat(outcome.refused(who, row.page()) || refusals.contains(outcome.status()))
                    .as(what + " (must be refused with " + refusals + ")").isTrue();
            if (row.scope() == Scope.PLAIN) {
                assertThat(outcome.status()).as(what).isIn(401, 403, 302);
            }
            assertThat(state()).as(what + " changed something").isEqualTo(before);
        }
    }

    /** What came back; an anonymous page request is refused by a redirect to the sign-in page. */
    record Outcome(int status, String location, String body) {

        boolean refused(Who who, boolean page) {
            if (page && who == Who.ANONYMOUS && status == 302) {
                return location != null && location.endsWith("/login");
            }
            return status == 401 || status == 403;
        }

        @Override
        public String toString() {
            return status + (location == null ? "" : " -> " + location) + " "
                    + (body == null ? "" : body.substring(0, Math.min(160, body.length())).replaceAll("\\s+", " "));
        }
    }

    private Outcome api(Row row, Who who, String path) {
        Api api = who == Who.ANONYMOUS ? Api.anonymous(port) : Api.as(port, who.username, Scenario.PASSWORD);
        Object body = row.body() instanceof Map<?, ?> map ? fillBody(map) : row.body();
        Api.Response response = switch (row.method()) {
            case "GET" -> api.get(path);
            case "POST" -> api.post(path, body);
            case "PUT" -> api.put(path, body);
            case "PATCH" -> api.patch(path, body);
            case "DELETE" -> api.delete(path);
            case "CSV" -> api.postRaw(path, "text/csv", (String) body);
            case "UPLOAD" -> api.upload(path, "CONTRACT", "matrix.pdf", "application/pdf",
                    "%PDF-1.4 matrix".getBytes(StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException(row.method());
        };
        return new Outcome(response.status(), response.header("Location"), response.body() == null ? null : response.body().toString());
    }

    private Outcome page(Row row, Who who, String path) {
        RealHttp browser = browsers.get(who);
        HttpResponse<String> response = "GET".equals(row.method()) ? browser.get(path) : browser.post(path, fill((String) row.body()));
        return new Outcome(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body());
    }

    private String state() {
        return jdbc.queryForObject(STATE, String.class);
    }

    private String fill(String template) {
        String filled = template;
        for (Map.Entry<String, String> entry : fixture.entrySet()) {
            filled = filled.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return filled;
    }

    private Map<String, Object> fillBody(Map<?, ?> body) {
        Function<Object, Object> value = v -> {
            if (v instanceof String s && s.startsWith("{") && s.endsWith("}")) {
                String filled = fill(s);
                return filled.chars().allMatch(Character::isDigit) ? Long.parseLong(filled) : filled;
            }
            return v;
        };
        Map<String, Object> filled = new java.util.LinkedHashMap<>();
        body.forEach((k, v) -> filled.put((String) k, value.apply(v)));
        return filled;
    }
}
