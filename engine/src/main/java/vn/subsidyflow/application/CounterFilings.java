package vn.subsidyflow.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.applicant.Organisation;
import vn.subsidyflow.applicant.TaxCode;
import vn.subsidyflow.audit.AuditFacts;
import vn.subsidyflow.audit.AuditTrail;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.catalog.SupportItem;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Role;

/**
 * Filing at the one-stop desk: a business brings its papers, an intake officer finds it by tax code
 * and opens the dossier on its behalf, scans the papers into it ({@link Applications#addDocument})
 * and files it ({@link Applications#submit}). The dossier is the business's own, marked as filed at
 * the counter, and shows in its portal from the start.
 */
@Service
public class CounterFilings {

    private final Accounts accounts;
    private final PolicyCatalog catalog;
    private final ApplicationRepository repository;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;

    CounterFilings(Accounts accounts, PolicyCatalog catalog, ApplicationRepository repository, AuditTrail audit,
                   Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.repository = repository;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The registered business with this tax code: {@code INVALID_TAX_CODE} (422) for a code that
     * cannot be one, {@code ORGANISATION_NOT_FOUND} (404) when no business registered it.
     */
    public Organisation business(Actor officer, String taxCode) {
        requireOfficer(officer);
        String code = taxCode == null ? "" : taxCode.trim();
        if (!TaxCode.isValid(code)) {
            throw new DomainFailure(FailureCode.INVALID_TAX_CODE, "'" + code + "' is not a valid tax code",
                    Map.of("field", "taxCode"));
        }
        return accounts.organisationByTaxCode(code).orElseThrow(() -> new DomainFailure(FailureCode.ORGANISATION_NOT_FOUND,
                "No business is registered with tax code " + code, Map.of("field", "taxCode")));
    }

    /** Opens a draft dossier for the business with this tax code, filed at the counter by the officer. */
    public Application file(Actor officer, String taxCode, String supportItemCode, String title, long eligibleCostVnd) {
        Organisation business = business(officer, taxCode);
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new DomainFailure(FailureCode.INVALID_INPUT, "title: required, up to 300 characters", Map.of("field", "title"));
        }
        return transactions.inTransaction(() -> {
            SupportItem item = catalog.itemInForce(supportItemCode, LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE)));
            Application application = Application.filedAtCounter(business.id(), item, title.trim(), eligibleCostVnd,
                    officer.username());
            repository.insert(application);
            audit.record(officer, application.id(), "CREATED_AT_COUNTER", null, ApplicationStatus.DRAFT.name(),
                    "For " + business.taxCode() + ": " + item.code() + ", eligible cost " + eligibleCostVnd
                            + " đ, maximum support " + application.maxSupportVnd() + " đ",
                    AuditFacts.of("taxCode", business.taxCode(), "item", item.code(), "eligibleCostVnd", eligibleCostVnd,
                            "maxSupportVnd", application.maxSupportVnd()));
            return repository.load(application.id());
        });
    }

    private static void requireOfficer(Actor actor) {
        if (actor.isApplicant() || !actor.has(Role.INTAKE)) {
            throw new DomainFailure(FailureCode.FORBIDDEN, "Only an intake officer files a dossier at the counter");
        }
    }
}
