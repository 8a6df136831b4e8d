package vn.subsidyflow.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;
import vn.subsidyflow.audit.AuditFacts;
import vn.subsidyflow.audit.AuditTrail;
import vn.subsidyflow.budget.BudgetLedger;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.catalog.SupportItem;
import vn.subsidyflow.database.GeneratedId;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Role;

/**
 * What applicants do with their dossiers — draft, attach documents, submit, withdraw — and what
 * every user may read. An applicant sees only its own organisation's dossiers: another's is
 * reported as not found, so its existence is not disclosed.
 */
@Service
public class Applications {

    static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;
    private static final Set<ApplicationStatus> UPLOADABLE = Set.of(ApplicationStatus.DRAFT,
            ApplicationStatus.SUPPLEMENT_REQUESTED, ApplicationStatus.AWAITING_COMPLETION);

    private final ApplicationRepository repository;
    private final ApplicationMapper mapper;
    private final PolicyCatalog catalog;
    private final ApplicationProcess process;
    private final BudgetLedger ledger;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;
    private final DocumentQuota quota;
    private final Eligibility eligibility;
    private final DossierClock dossierClock;

    Applications(ApplicationRepository repository, ApplicationMapper mapper, PolicyCatalog catalog, ApplicationProcess process,
                 BudgetLedger ledger, AuditTrail audit, Transactions transactions, Clock clock, DocumentQuota quota,
                 Eligibility eligibility, DossierClock dossierClock) {
        this.dossierClock = dossierClock;
        this.repository = repository;
        this.mapper = mapper;
        this.catalog = catalog;
        this.process = process;
        this.ledger = ledger;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.quota = quota;
        this.eligibility = eligibility;
    }

    /** Starts a draft dossier for the caller's organisation, claiming for one certificate or product. */
    public Application create(Actor actor, String supportItemCode, String title, long eligibleCostVnd) {
        return create(actor, supportItemCode, title, eligibleCostVnd, 1);
    }

    /**
     * Starts a draft dossier for the caller's organisation; {@code unitCount} is how many certificates
     * or products it claims for, which multiplies a cap per certificate or per product.
     */
    public Application create(Actor actor, String supportItemCode, String title, long eligibleCostVnd, int unitCount) {
        if (!actor.isApplicant()) {
            throw new DomainFailure(FailureCode.APPLICANTS_ONLY, "Only an applicant organisation's user can file a dossier");
        }
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new DomainFailure(FailureCode.INVALID_INPUT, "title: required, up to 300 characters",
                    Map.of("field", "title"));
        }
        return transactions.inTransaction(() -> {
            SupportItem item = catalog.itemInForce(supportItemCode, today());
            Application application = Application.draft(actor.organisationId(), item, title.trim(), eligibleCostVnd, unitCount,
                    actor.username());
            repository.insert(application);
            audit.record(actor, application.id(), "CREATED", null, ApplicationStatus.DRAFT.name(),
                    item.code() + ", eligible cost " + eligibleCostVnd + " đ"
                            + (item.capPerUnit() ? ", " + unitCount + " × " + item.capUnit() : "")
                            + ", maximum support " + application.maxSupportVnd() + " đ",
                    AuditFacts.of("item", item.code(), "eligibleCostVnd", eligibleCostVnd,
                            "unitCount", item.capPerUnit() ? unitCount : null, "maxSupportVnd", application.maxSupportVnd()));
            return repository.load(application.id());
        });
    }

    /**
     * Attaches a document while the applicant may still change the dossier. Its format is read from
     * the content and must be one we take and the declared one ({@link DocumentTypes}); the dossier's
     * quota of documents and bytes must have room ({@link DocumentQuota}).
     */
    public ApplicationDocument addDocument(Actor actor, long applicationId, DocumentKind kind, String fileName,
                                           String contentType, byte[] content) {
        if (kind == null) {
            throw new DomainFailure(FailureCode.INVALID_DOCUMENT_KIND, "kind is required", Map.of("field", "kind"));
        }
        if (content == null || content.length == 0) {
            throw new DomainFailure(FailureCode.EMPTY_DOCUMENT, "The file is empty", Map.of("field", "file"));
        }
        if (content.length > MAX_DOCUMENT_BYTES) {
            throw new DomainFailure(FailureCode.DOCUMENT_TOO_LARGE,
                    "A document may be at most " + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB", Map.of("field", "file"));
        }
        String name = safeFileName(fileName);
        return transactions.inTransaction(() -> {
            // Read with its lock: the state and the quota read below cannot change until this commits.
            Application application = filerOf(actor, repository.loadForUpdate(applicationId));
            boolean officer = !actor.isApplicant();
            if (!UPLOADABLE.contains(application.status()) || officer && application.status() != ApplicationStatus.DRAFT) {
                throw new ApplicationNotInState(applicationId, application.status(), "given new documents");
            }
            // Checked once the caller is known to own the dossier, so another business learns nothing from it.
            DocumentTypes.Admitted admitted = DocumentTypes.admit(contentType, name, content);
            quota.requireRoomFor(applicationId, content.length);
            // The stored row is exactly this record plus its generated id: no need to read it back.
            ApplicationDocument document = new ApplicationDocument(null, applicationId, kind, admitted.fileName(),
                    admitted.format().mediaType(), content.length, DocumentContent.sha256(content), actor.username(),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS));
            GeneratedId key = new GeneratedId();
            mapper.insertDocument(document, content, key);
            repository.documentAdded(applicationId);
            audit.record(actor, applicationId, "DOCUMENT_ADDED", null, null, kind + ": " + admitted.fileName(),
                    AuditFacts.of("kind", kind, "fileName", admitted.fileName()));
            return document.withId(key.get());
        });
    }

    /**
     * Files the dossier: checks the organisation against the item's eligibility rules (all unmet
     * rules named in one {@code NOT_ELIGIBLE}), pins it to the policy version in force today and
     * starts its process. The business does, or the intake officer who opened it at the counter. The
     * appointment is set before the save that files it, so the receipt can print it.
     */
    public Application submit(Actor actor, long applicationId) {
        return transactions.inTransaction(() -> {
            Application application = filerOf(actor, repository.load(applicationId));
            if (application.status() != ApplicationStatus.DRAFT) {
                throw new ApplicationNotInState(applicationId, application.status(), "submitted");
            }
            SupportItem item = catalog.itemInForce(application.supportItemCode(), today());
            eligibility.require(application, item);
            requireDocuments(applicationId, item.requiredDocuments());
            application.pinTo(item, application.eligibleCostVnd());
            application.submit(clock.instant());
            dossierClock.filed(application);
            application.startedAs(process.start(application));
            repository.save(application);
            audit.record(actor, applicationId, "SUBMITTED", ApplicationStatus.DRAFT.name(), ApplicationStatus.SUBMITTED.name(),
                    "Pinned to policy " + item.policyCode(), AuditFacts.of("policy", item.policyCode()));
            return application;
        });
    }

    /** Withdraws the dossier; an unpaid commitment goes back to its budget line. */
    public Application withdraw(Actor actor, long applicationId) {
        return transactions.inTransaction(() -> {
            Application application = ownApplication(actor, applicationId);
            ApplicationStatus before = application.status();
            long unpaidCommitment = application.unpaidCommitmentVnd();
            application.withdraw(clock.instant());
            if (unpaidCommitment > 0 && before != ApplicationStatus.WAITLISTED) {
                ledger.release(actor, applicationId, application.budgetLineId(), unpaidCommitment, "Dossier withdrawn");
            }
            if (application.processInstanceId() != null) {
                process.cancel(application, "Withdrawn by " + actor.username());
            }
            repository.save(application);
            audit.record(actor, applicationId, "WITHDRAWN", before.name(), ApplicationStatus.WITHDRAWN.name(), null);
            return application;
        });
    }

    /** The dossier, if the caller may see it. */
    public Application get(Actor actor, long applicationId) {
        Application application = repository.load(applicationId);
        requireVisible(actor, application);
        return application;
    }

    public List<ApplicationSummary> list(Actor actor, ApplicationFilter filter) {
        return mapper.findSummaries(visibleFilter(actor, filter), actor.isApplicant());
    }

    /** Every dossier the filter finds and the caller may see, in the filter's order, one at a time (exports). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public void forEachSummary(Actor actor, ApplicationFilter filter, Consumer<ApplicationSummary> consumer) {
        mapper.streamSummaries(visibleFilter(actor, filter), actor.isApplicant(), context -> consumer.accept(context.getResultObject()));
    }

    public long count(Actor actor, ApplicationFilter filter) {
        return mapper.countSummaries(visibleFilter(actor, filter), actor.isApplicant());
    }

    public List<ApplicationDocument> documents(Actor actor, long applicationId) {
        return documentsOf(actor, get(actor, applicationId));
    }

    /** The documents of a dossier already in hand, without reading it again; visibility still checked. */
    public List<ApplicationDocument> documentsOf(Actor actor, Application application) {
        requireVisible(actor, application);
        return mapper.findDocuments(application.id());
    }

    /** A document's bytes, served only if they still match the SHA-256 recorded at upload ({@code DOCUMENT_CORRUPTED}). */
    public DocumentContent document(Actor actor, long applicationId, long documentId) {
        get(actor, applicationId);
        ApplicationDocument document = mapper.findDocument(applicationId, documentId)
                .orElseThrow(() -> DomainFailure.notFound(FailureCode.DOCUMENT_NOT_FOUND, documentId));
        List<byte[]> content = mapper.findDocumentContent(documentId);
        return DocumentContent.verified(document, content.isEmpty() ? new byte[0] : content.get(0));
    }

    /** Refuses (422, naming them) when required document kinds are missing. */
    public void requireDocuments(long applicationId, List<DocumentKind> required) {
        List<DocumentKind> missing = repository.missing(applicationId, required);
        if (!missing.isEmpty()) {
            throw new DomainFailure(FailureCode.MISSING_DOCUMENTS,
                    "Required documents are missing: " + missing, Map.of("missingDocuments", missing));
        }
    }

    private Application ownApplication(Actor actor, long applicationId) {
        Application application = repository.load(applicationId);
        if (!actor.isApplicant() || application.organisationId() != actor.organisationId()) {
            throw DomainFailure.notFound(FailureCode.APPLICATION_NOT_FOUND, applicationId);
        }
        return application;
    }

    /** The business's own dossier, or one opened at the counter when the caller is an intake officer. */
    private Application filerOf(Actor actor, Application application) {
        long applicationId = application.id();
        if (application.filedAtCounter() && atTheCounter(actor)) {
            return application;
        }
        if (!actor.isApplicant() || application.organisationId() != actor.organisationId()) {
            throw DomainFailure.notFound(FailureCode.APPLICATION_NOT_FOUND, applicationId);
        }
        return application;
    }

    private static boolean atTheCounter(Actor actor) {
        return !actor.isApplicant() && actor.has(Role.INTAKE);
    }

    private static void requireVisible(Actor actor, Application application) {
        boolean visible = actor.isApplicant()
                ? application.organisationId() == actor.organisationId()
                : actor.hasAny(Role.INTAKE, Role.REVIEWER, Role.APPROVER, Role.FINANCE, Role.ADMIN, Role.AUDITOR)
                        && (application.status() != ApplicationStatus.DRAFT
                            || application.filedAtCounter() && atTheCounter(actor));
        if (!visible) {
            throw DomainFailure.notFound(FailureCode.APPLICATION_NOT_FOUND, application.id());
        }
    }

    private static ApplicationFilter visibleFilter(Actor actor, ApplicationFilter filter) {
        if (actor.isApplicant()) {
            return filter.forOrganisation(actor.organisationId());
        }
        if (!actor.hasAny(Role.INTAKE, Role.REVIEWER, Role.APPROVER, Role.FINANCE, Role.ADMIN, Role.AUDITOR)) {
            throw new DomainFailure(FailureCode.FORBIDDEN, "You may not list dossiers");
        }
        return filter;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(vn.subsidyflow.calendar.WorkingDayCalendar.ZONE));
    }

    private static String safeFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            return "document";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
