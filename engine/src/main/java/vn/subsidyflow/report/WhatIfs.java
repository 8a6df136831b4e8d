package vn.subsidyflow.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.subsidyflow.application.EligibilitySettings;
import vn.subsidyflow.catalog.PolicyVersion;
import vn.subsidyflow.catalog.PolicyVersionStatus;
import vn.subsidyflow.catalog.PolicyVersions;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * What would a new policy cost? Every supported dossier decided in a past period, recomputed under a
 * DRAFT policy version's rates, caps and eligibility rules, items matched by code. Reads only: it
 * writes nothing, so a Department may ask as often as it likes while it drafts.
 */
@Service
public class WhatIfs {

    private final WhatIfMapper mapper;
    private final PolicyVersions versions;
    private final EligibilitySettings eligibility;

    WhatIfs(WhatIfMapper mapper, PolicyVersions versions, EligibilitySettings eligibility) {
        this.mapper = mapper;
        this.versions = versions;
        this.eligibility = eligibility;
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public WhatIf underDraft(long policyVersionId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || to.isAfter(from.plusYears(PeriodReports.MAX_YEARS))) {
            throw new DomainFailure(FailureCode.INVALID_PERIOD, "from and to are required, to not before from, at most "
                    + PeriodReports.MAX_YEARS + " years apart");
        }
        PolicyVersion draft = versions.versions().stream().filter(v -> v.id() == policyVersionId).findFirst()
                .orElseThrow(() -> new DomainFailure(FailureCode.POLICY_VERSION_NOT_FOUND, "No policy version has id " + policyVersionId));
        if (draft.status() != PolicyVersionStatus.DRAFT) {
            throw new DomainFailure(FailureCode.POLICY_VERSION_NOT_DRAFT, draft.code() + " is " + draft.status()
                    + ": a what-if recomputes the past under a DRAFT only");
        }
        List<WhatIfRow> items = mapper.underDraft(policyVersionId, from, to, eligibility.provinceCode());
        Map<String, WhatIfRow> categories = new TreeMap<>();
        for (WhatIfRow r : items) {
            categories.merge(r.category(), new WhatIfRow(r.category(), r.category(), null, null, true, r.dossiers(), r.approvedVnd(),
                    r.qualified(), r.draftCostVnd()), (a, b) -> new WhatIfRow(a.key(), a.category(), null, null, true,
                    a.dossiers() + b.dossiers(), a.approvedVnd() + b.approvedVnd(), a.qualified() + b.qualified(),
                    a.draftCostVnd() + b.draftCostVnd()));
        }
        return new WhatIf(policyVersionId, draft.code(), from, to, items, List.copyOf(categories.values()));
    }
}
