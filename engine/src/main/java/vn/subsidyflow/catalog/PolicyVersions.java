package vn.subsidyflow.catalog;

import static vn.subsidyflow.catalog.ItemRules.invalid;
import static vn.subsidyflow.catalog.ItemRules.text;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Money;
import vn.subsidyflow.shared.Role;

/**
 * Administrators keep the policy versions — the resolutions' real values, each with its citation —
 * so a new resolution needs no code. A version is prepared as a DRAFT (loaded whole, or copied from
 * the one in force and edited item by item), published once every value has its citation, and
 * closed by fixing its last day. Its items change only while it is a DRAFT: a published item is
 * what dossiers are pinned to and decided under. Every change is one transaction, under a lock on
 * the version's row.
 */
@Service
public class PolicyVersions {

    static final int LAST_YEAR = 9999;
    /** About the working days of a year, as the processing_time CHECK says. */
    static final int MAX_WORKING_DAYS = 250;

    private final CatalogMapper mapper;
    private final Transactions transactions;
    private final WorkingDayCalendar calendar;

    PolicyVersions(CatalogMapper mapper, Transactions transactions, WorkingDayCalendar calendar) {
        this.mapper = mapper;
        this.transactions = transactions;
        this.calendar = calendar;
    }

    public List<PolicyVersion> versions() {
        return mapper.findVersions();
    }

    public PolicyVersion version(String code) {
        return mapper.findVersionByCode(code).orElseThrow(() -> DomainFailure.notFound(FailureCode.POLICY_VERSION_NOT_FOUND, code));
    }

    /** The items of a version, whatever its status (a DRAFT's as edited so far). */
    public List<SupportItem> items(String code) {
        return mapper.findItemsOfVersion(version(code).id());
    }

    /** Loads a whole version, in force from its effective-from date: every item must already carry its citation. */
    public PolicyVersion load(Actor actor, PolicyVersionDraft draft) {
        requireAdministrator(actor);
        validate(draft);
        return transactions.inTransaction(() -> {
            insertNew(draft.code(), () -> mapper.insertVersion(draft));
            long versionId = mapper.lastInsertId();
            draft.items().forEach(item -> mapper.insertItem(versionId, item));
            return mapper.findVersionByCode(draft.code()).orElseThrow();
        });
    }

    /**
     * A DRAFT copy of the version {@code sourceCode} with all its items and its processing time, to be
     * edited and published.
     */
    public PolicyVersion copy(Actor actor, String sourceCode, PolicyVersionCopy copy) {
        requireAdministrator(actor);
        text("newCode", copy.newCode(), ItemRules.CODE_MAX);
        text("name", copy.name(), 300);
        if (copy.citation() != null) {
            text("citation", copy.citation(), 500);
        }
        if (copy.totalVnd() != null) {
            Money.requirePositive("totalVnd", copy.totalVnd());
        }
        requireNotPast("effectiveFrom", copy.effectiveFrom());
        return transactions.inTransaction(() -> {
            PolicyVersion source = mapper.findVersionByCode(sourceCode)
                    .orElseThrow(() -> DomainFailure.notFound(FailureCode.POLICY_VERSION_NOT_FOUND, sourceCode));
            insertNew(copy.newCode(), () -> mapper.insertCopy(source.id(), copy));
            long draftId = mapper.lastInsertId();
            mapper.copyItems(source.id(), draftId);
            mapper.copyProcessingTime(source.id(), draftId);
            return mapper.findVersionByCode(copy.newCode()).orElseThrow();
        });
    }

    /**
     * Creates or replaces the item {@code item.code()} of a DRAFT. Its citation may wait until the
     * version is published. The item is written afresh (a new row): no dossier refers to a draft's item.
     */
    public SupportItem putItem(Actor actor, String versionCode, PolicyVersionDraft.Item item) {
        requireAdministrator(actor);
        ItemRules.check(item, false);
        PolicyVersionDraft.Item stored = item.legalCitation() == null ? item.withLegalCitation("") : item;
        return transactions.inTransaction(() -> {
            PolicyVersion version = lockDraft(versionCode, "its items edited");
            mapper.deleteItem(version.id(), item.code());
            mapper.insertItem(version.id(), stored);
            long id = mapper.lastInsertId();
            return mapper.findItemsOfVersion(version.id()).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
        });
    }

    /**
     * Sets a DRAFT's processing time: each step's working days, the supplement's lapse period and the
     * total from the receipt to the result, each 1 to 250. A published version's is what its dossiers'
     * appointments were promised under, so it is not changed.
     */
    public ProcessingTime putProcessingTime(Actor actor, String versionCode, ProcessingTime time) {
        requireAdministrator(actor);
        checkDays("intake", time.intake());
        checkDays("supplement", time.supplement());
        checkDays("appraisal", time.appraisal());
        checkDays("decision", time.decision());
        checkDays("verifyCompletion", time.verifyCompletion());
        checkDays("payment", time.payment());
        checkDays("total", time.total());
        return transactions.inTransaction(() -> {
            PolicyVersion version = lockDraft(versionCode, "given another processing time");
            mapper.upsertProcessingTime(version.id(), time);
            return mapper.findProcessingTime(version.id()).orElseThrow();
        });
    }

    private static void checkDays(String field, int days) {
        if (days < 1 || days > MAX_WORKING_DAYS) {
            throw invalid(field, field + " must be between 1 and " + MAX_WORKING_DAYS + " working days, not " + days);
        }
    }

    /** Drops an item from a DRAFT. */
    public void removeItem(Actor actor, String versionCode, String itemCode) {
        requireAdministrator(actor);
        transactions.run(() -> {
            PolicyVersion version = lockDraft(versionCode, "its items edited");
            if (mapper.deleteItem(version.id(), itemCode) == 0) {
                throw DomainFailure.notFound(FailureCode.SUPPORT_ITEM_NOT_FOUND, itemCode);
            }
        });
    }

    /**
     * Puts a DRAFT in force from its effective-from date, which must not have passed (dossiers filed
     * since are pinned to another version). Every item needs its legal citation: a refusal lists the
     * items without one ({@code MISSING_CITATION}, {@code items}).
     */
    public PolicyVersion publish(Actor actor, String code) {
        requireAdministrator(actor);
        return transactions.inTransaction(() -> {
            PolicyVersion version = lockDraft(code, "published");
            List<SupportItem> items = mapper.findItemsOfVersion(version.id());
            if (items.isEmpty()) {
                throw invalid("items", "A policy version needs at least one support item to be published");
            }
            List<String> uncited = items.stream()
                    .filter(i -> i.legalCitation() == null || i.legalCitation().isBlank()).map(SupportItem::code).toList();
            if (!uncited.isEmpty()) {
                throw new DomainFailure(FailureCode.MISSING_CITATION,
                        "Every value needs its legal citation before publication; these items have none: " + uncited,
                        Map.of("items", uncited));
            }
            requireNotPast("effectiveFrom", version.effectiveFrom());
            mapper.publishVersion(version.id());
            return mapper.findVersionByCode(code).orElseThrow();
        });
    }

    /**
     * Fixes the last day a published version is in force: its items are off the applicants' list
     * after {@code effectiveTo}. Dossiers filed under it stay under it. Not backdated: dossiers may
     * have been filed under it up to today. Closed once, for good.
     */
    public PolicyVersion close(Actor actor, String code, LocalDate effectiveTo) {
        requireAdministrator(actor);
        requireNotPast("effectiveTo", effectiveTo);
        return transactions.inTransaction(() -> {
            PolicyVersion version = mapper.lockVersionByCode(code)
                    .orElseThrow(() -> DomainFailure.notFound(FailureCode.POLICY_VERSION_NOT_FOUND, code));
            if (version.status() != PolicyVersionStatus.IN_FORCE) {
                throw new DomainFailure(FailureCode.POLICY_VERSION_NOT_IN_FORCE,
                        "Policy version " + code + " is " + version.status() + "; only a version in force can be closed",
                        Map.of("status", version.status().name()));
            }
            if (effectiveTo.isBefore(version.effectiveFrom().minusDays(1))) {
                throw invalid("effectiveTo", "effectiveTo must not be before the day before effectiveFrom (" + version.effectiveFrom() + ")");
            }
            mapper.closeVersion(version.id(), effectiveTo);
            return mapper.findVersionByCode(code).orElseThrow();
        });
    }

    private PolicyVersion lockDraft(String code, String what) {
        PolicyVersion version = mapper.lockVersionByCode(code)
                .orElseThrow(() -> DomainFailure.notFound(FailureCode.POLICY_VERSION_NOT_FOUND, code));
        if (version.status() != PolicyVersionStatus.DRAFT) {
            throw new DomainFailure(FailureCode.POLICY_VERSION_NOT_DRAFT,
                    "Policy version " + code + " is " + version.status() + "; only a DRAFT can be " + what,
                    Map.of("status", version.status().name()));
        }
        return version;
    }

    private void insertNew(String code, Supplier<Integer> insert) {
        try {
            insert.get();
        } catch (DuplicateKeyException e) {
            throw new DomainFailure(FailureCode.POLICY_VERSION_EXISTS, "A policy version '" + code + "' already exists");
        }
    }

    private void requireNotPast(String field, LocalDate day) {
        if (day == null) {
            throw invalid(field, field + " is required");
        }
        if (day.getYear() > LAST_YEAR) {
            // A DATE column ends with 9999: a later day would fail at the database, not here.
            throw invalid(field, field + " must be in or before " + LAST_YEAR);
        }
        LocalDate today = calendar.today();
        if (day.isBefore(today)) {
            throw invalid(field, field + " must not be before today (" + today + ")");
        }
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new DomainFailure(FailureCode.FORBIDDEN, "Only an administrator can change policy versions");
        }
    }

    private static void validate(PolicyVersionDraft d) {
        text("code", d.code(), ItemRules.CODE_MAX);
        text("title", d.title(), 300);
        text("citation", d.citation(), 500);
        if (d.effectiveFrom() == null || (d.effectiveTo() != null && d.effectiveTo().isBefore(d.effectiveFrom()))) {
            throw invalid("effectiveFrom", "effectiveFrom is required and must not be after effectiveTo");
        }
        if (d.totalVnd() == null) {
            throw invalid("totalVnd", "totalVnd is required (whole đồng)");
        }
        Money.requirePositive("totalVnd", d.totalVnd());
        if (d.items() == null || d.items().isEmpty()) {
            throw invalid("items", "a policy version needs at least one support item");
        }
        Set<String> codes = new HashSet<>();
        for (PolicyVersionDraft.Item i : d.items()) {
            if (i == null) {
                throw invalid("items", "an item must not be null");
            }
            text("items.code", i.code(), ItemRules.CODE_MAX);
            if (!codes.add(i.code())) {
                throw invalid("items.code", "item code " + i.code() + " appears twice");
            }
            ItemRules.check(i, true);
        }
    }
}
