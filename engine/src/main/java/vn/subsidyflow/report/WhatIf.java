package vn.subsidyflow.report;

import java.time.LocalDate;
import java.util.List;

/** The dossiers decided in a period recomputed under a draft policy version, per item and per category. */
public record WhatIf(long policyVersionId, String policyCode, LocalDate from, LocalDate to, List<WhatIfRow> bySupportItem,
                     List<WhatIfRow> byCategory) {

    public long dossiers() {
        return bySupportItem.stream().mapToLong(WhatIfRow::dossiers).sum();
    }

    public long approvedVnd() {
        return bySupportItem.stream().mapToLong(WhatIfRow::approvedVnd).sum();
    }

    public long qualified() {
        return bySupportItem.stream().mapToLong(WhatIfRow::qualified).sum();
    }

    public long draftCostVnd() {
        return bySupportItem.stream().mapToLong(WhatIfRow::draftCostVnd).sum();
    }

    public long differenceVnd() {
        return draftCostVnd() - approvedVnd();
    }
}
