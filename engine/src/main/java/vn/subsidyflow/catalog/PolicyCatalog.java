package vn.subsidyflow.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import vn.subsidyflow.calendar.DeadlineSettings;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/** Reads the support items of the policy versions in force; a dossier is pinned to the version in force on its filing date. */
@Service
public class PolicyCatalog {

    private final CatalogMapper mapper;
    /**
     * Items by id. A published item's values never change (only a DRAFT's items are written, and no
     * dossier is pinned to a draft), so an item once read stays right for deciding and paying. Only
     * its version's end date may be fixed later, by a closure: read the version for that. Every task
     * completion needs its dossier's item: this saves a join per step.
     */
    private final Map<Long, SupportItem> byId = new ConcurrentHashMap<>();

    /**
     * Processing times of published versions, by version id. A published version's processing time
     * is never changed (only a DRAFT's is written, and a draft is never kept here), so an entry stays
     * right on every node without eviction. Every step's task and every appointment asks for it.
     */
    private final Map<Long, ProcessingTime> publishedTimes = new ConcurrentHashMap<>();

    private final DeadlineSettings defaults;

    PolicyCatalog(CatalogMapper mapper, DeadlineSettings defaults) {
        this.mapper = mapper;
        this.defaults = defaults;
    }

    /**
     * The processing time of a policy version: its own, or the settings' for a version that carries
     * none (one loaded whole, which states no times).
     */
    public ProcessingTime processingTime(long policyVersionId) {
        ProcessingTime kept = publishedTimes.get(policyVersionId);
        if (kept != null) {
            return kept;
        }
        // Asked before the time is read: once published, the time read next is the final one, even if
        // a draft was being published concurrently.
        boolean published = mapper.isPublished(policyVersionId);
        ProcessingTime time = mapper.findProcessingTime(policyVersionId).orElseGet(() -> ProcessingTime.of(defaults));
        if (published) {
            publishedTimes.put(policyVersionId, time);
        }
        return time;
    }

    /** Items an applicant can apply for on {@code day}. */
    public List<SupportItem> itemsInForce(LocalDate day) {
        return mapper.findInForce(day);
    }

    /** Every item of every version, newest version first (for administrators). */
    public List<SupportItem> allItems() {
        return mapper.findAll();
    }

    /** The item with this code in the version in force on {@code day}. */
    public SupportItem itemInForce(String code, LocalDate day) {
        SupportItem item = mapper.findInForceByCode(code, day)
                .orElseThrow(() -> new DomainFailure(FailureCode.UNKNOWN_SUPPORT_ITEM,
                        "No support item '" + code + "' is in force on " + day));
        // A published item (never a draft's): kept by id as item(id) would, so the dossier just filed
        // under it does not read it again at its first step.
        byId.putIfAbsent(item.id(), item);
        return item;
    }

    public SupportItem item(long id) {
        SupportItem cached = byId.get(id);
        if (cached != null) {
            return cached;
        }
        SupportItem item = mapper.findById(id).orElseThrow(() -> DomainFailure.notFound(FailureCode.SUPPORT_ITEM_NOT_FOUND, id));
        byId.put(id, item);
        return item;
    }
}
