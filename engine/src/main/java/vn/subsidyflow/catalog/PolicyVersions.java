package vn.subsidyflow.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Money;
import vn.subsidyflow.shared.Role;

/**
 * Administrators load policy versions — the resolution's real values, each with its citation — so a
 * new resolution needs no code. A version is written whole or not at all.
 */
@Service
public class PolicyVersions {

    private final CatalogMapper mapper;
    private final Transactions transactions;

    PolicyVersions(CatalogMapper mapper, Transactions transactions) {
        this.mapper = mapper;
        this.transactions = transactions;
    }

    public List<PolicyVersion> versions() {
        return mapper.findVersions();
    }

    public PolicyVersion load(Actor actor, PolicyVersionDraft draft) {
        if (!actor.has(Role.ADMIN)) {
            throw new DomainFailure(FailureCode.FORBIDDEN, "Only an administrator can load a policy version");
        }
        validate(draft);
        return transactions.inTransaction(() -> {
            try {
                mapper.insertVersion(draft);
            } catch (DuplicateKeyException e) {
                throw new DomainFailure(FailureCode.POLICY_VERSION_EXISTS, "A policy version '" + draft.code() + "' already exists");
            }
            long versionId = mapper.lastInsertId();
            draft.items().forEach(item -> mapper.insertItem(versionId, item));
            return mapper.findVersionByCode(draft.code()).orElseThrow();
        });
    }

    private static void validate(PolicyVersionDraft d) {
        text("code", d.code(), 60);
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
            text("items.code", i.code(), 60);
            if (!codes.add(i.code())) {
                throw invalid("items.code", "item code " + i.code() + " appears twice");
            }
            if (i.category() == null || i.capUnit() == null || i.capUnit().isBlank()) {
                throw invalid("items.category", "category and capUnit are required for " + i.code());
            }
            text("items.capUnit", i.capUnit(), 40);
            if (!SupportItem.CAP_UNITS.contains(i.capUnit())) {
                throw invalid("items.capUnit", "capUnit must be one of " + SupportItem.CAP_UNITS + " for " + i.code());
            }
            text("items.nameVi", i.nameVi(), 300);
            text("items.nameEn", i.nameEn(), 300);
            text("items.legalCitation", i.legalCitation(), 500);
            if (i.ratePct() == null || i.ratePct() < 0 || i.ratePct() > 100) {
                throw invalid("items.ratePct", "ratePct must be 0–100 for " + i.code());
            }
            if (i.capVnd() == null || i.capVnd() < 0 || i.capVnd() > Money.MAX_AMOUNT_VND) {
                throw invalid("items.capVnd", "capVnd must be a non-negative whole đồng for " + i.code());
            }
            if (i.frequencyLimit() == null || i.frequencyLimit() < 0) {
                throw invalid("items.frequencyLimit", "frequencyLimit must be 0 (no limit) or more for " + i.code());
            }
            if (i.frequencyYears() < 0 || i.frequencyYears() > 100) {
                throw invalid("items.frequencyYears", "frequencyYears must be 0 (for ever) to 100 for " + i.code());
            }
            if (i.applicantTypes().stream().anyMatch(Objects::isNull) || i.sizes().stream().anyMatch(Objects::isNull)) {
                throw invalid("items.applicantTypes", "applicantTypes and sizes must not hold null for " + i.code());
            }
            if (i.requiredDocuments() == null || i.completionDocuments() == null
                    || i.requiredDocuments().stream().anyMatch(Objects::isNull)
                    || i.completionDocuments().stream().anyMatch(Objects::isNull)) {
                throw invalid("items.requiredDocuments", "requiredDocuments and completionDocuments are required, without null kinds, for " + i.code());
            }
        }
    }

    private static void text(String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw invalid(field, field + " is required, up to " + max + " characters");
        }
    }

    private static DomainFailure invalid(String field, String message) {
        return new DomainFailure(FailureCode.INVALID_POLICY_VERSION, message, Map.of("field", field));
    }
}
