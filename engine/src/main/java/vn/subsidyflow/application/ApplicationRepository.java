package vn.subsidyflow.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * Loads and saves the dossier aggregate for the services that act on it (review, process, payments).
 * Writes join the caller's transaction ({@code MANDATORY}): the command that changes a dossier owns
 * the transaction and its retries.
 * <p>
 * Within one transaction a dossier is read from the database once: the command, the process's
 * delegates and the listeners it triggers are all handed the same copy, the one that is saved. A
 * second read would only return what this transaction already holds (the row is locked by our own
 * update, or, if only read, is as current as the copy in hand for the version check on save).
 */
@Repository
public class ApplicationRepository {

    private final ApplicationMapper mapper;
    private final ApplicationEventPublisher events;

    ApplicationRepository(ApplicationMapper mapper, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.events = events;
    }

    public Application load(long id) {
        Map<Long, Application> inHand = InHand.current().dossiers;
        Application held = inHand.get(id);
        if (held != null) {
            return held;
        }
        Application application = mapper.findById(id).orElseThrow(() -> DomainFailure.notFound(FailureCode.APPLICATION_NOT_FOUND, id));
        application.persisted();
        inHand.put(id, application);
        return application;
    }

    /**
     * The copy of the dossier this transaction already holds, if any: a reader that needs one field
     * of it (the pinned policy version) need not ask the database.
     */
    public Optional<Application> inHand(long id) {
        return Optional.ofNullable(InHand.current().dossiers.get(id));
    }

    /**
     * The dossier, its row locked until the caller's transaction ends: read once with the lock, so
     * what the command checks (state, owner) cannot change before it commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Application loadForUpdate(long id) {
        Application application = mapper.findForUpdate(id)
                .orElseThrow(() -> DomainFailure.notFound(FailureCode.APPLICATION_NOT_FOUND, id));
        application.persisted();
        InHand.current().dossiers.put(id, application);
        return application;
    }

    /**
     * Saves every change and publishes {@link ApplicationChanged} in the caller's transaction, so what
     * listens to it (the period report's summary) changes with the dossier or not at all; a concurrent
     * change since loading fails with a retryable conflict.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(Application application) {
        if (mapper.update(application) == 0) {
            throw new StaleApplication(application.id());
        }
        events.publishEvent(new ApplicationChanged(application.id(), application.persistedStatus(),
                application.status(), application.persistedSupport(), application.support()));
        // The row's version went up by one; keep the copy in hand usable for a later save.
        application.saved();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(Application application) {
        mapper.insert(application);
        events.publishEvent(new ApplicationChanged(application.id(), null, application.status(), null, application.support()));
        application.persisted();
    }

    /**
     * How many other dossiers of this organisation were supported (or are on the way) for this item,
     * counted under a lock on the organisation's row, held until the caller's transaction ends. Two
     * appraisals of one business at once would otherwise both count the other as not yet supported
     * and both pass a "once per business" limit; with the lock the second waits, then (reading
     * committed rows) counts the first. Only the dossiers submitted from {@code since} on count
     * (null: ever), for an item limited to so many times in so many years.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int countSupported(Application application, Instant since) {
        mapper.lockOrganisation(application.organisationId());
        return mapper.countSupported(application.organisationId(), application.supportItemCode(), application.id(),
                since);
    }

    /** The kinds of documents the dossier holds; read once per transaction, again after an upload. */
    public Set<DocumentKind> documentKinds(long applicationId) {
        return InHand.current().documentKinds.computeIfAbsent(applicationId,
                id -> Set.copyOf(mapper.findDocumentKinds(id)));
    }

    /** A document was added to the dossier in this transaction: its kinds are read again when next asked. */
    void documentAdded(long applicationId) {
        InHand.current().documentKinds.remove(applicationId);
    }

    public List<DocumentKind> missing(long applicationId, List<DocumentKind> required) {
        Set<DocumentKind> present = documentKinds(applicationId);
        return required.stream().filter(kind -> !present.contains(kind)).toList();
    }

    /** Dossiers holding an unpaid commitment on a line of the fiscal year (of one programme, if given), oldest decision first. */
    public List<Long> committedInYear(int fiscalYear, Long policyVersionId) {
        return mapper.findCommittedInYear(fiscalYear, policyVersionId);
    }

    /** Waitlisted dossiers of the fiscal year (of one programme, if given), oldest decision first. */
    public List<Long> waitlistedInYear(int fiscalYear, Long policyVersionId) {
        return mapper.findWaitlistedInYear(fiscalYear, policyVersionId);
    }

    /** Waitlisted dossiers of a budget line, oldest decision first. */
    public List<Long> waitlisted(long policyVersionId, int fiscalYear, String category) {
        return mapper.findWaitlisted(policyVersionId, fiscalYear, category);
    }
}
