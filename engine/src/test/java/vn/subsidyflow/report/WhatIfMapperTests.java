package vn.subsidyflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.database.MapperTestSupport;
import vn.subsidyflow.database.Rows;

class WhatIfMapperTests extends MapperTestSupport {

    @Autowired
    WhatIfMapper whatIf;
    @Autowired
    Rows rows;

    @Test
    void underDraftRecomputesEachDecidedDossierWithTheDraftsItemOfTheSameCode() {
        LocalDate day = LocalDate.of(2088, 5, 5);
        long draft = rows.insert("INSERT INTO policy_version (code, title, citation, effective_from, status, total_vnd) "
                + "VALUES (?, 'Dự thảo', 'test', '2099-01-01', 'DRAFT', 0)", "WHATIF-" + Rows.uniqueTaxCode());
        // ISO_9001 in the draft: 50 % capped at 60 000 000 đ, for enterprises only.
        rows.insert("INSERT INTO support_item (policy_version_id, code, category, name_vi, name_en, rate_pct, cap_vnd, cap_unit, "
                + "frequency_limit, required_documents, completion_documents, legal_citation, applicant_types) "
                + "VALUES (?, 'ISO_9001', 'MANAGEMENT_SYSTEM', 'ISO dự thảo', 'Draft ISO', 50, 60000000, 'PER_APPLICATION', 0, "
                + "'APPLICATION_FORM', 'CERTIFICATE', 'test', 'ENTERPRISE')", draft);
        long enterprise = rows.organisation("Công ty A");
        long cooperative = rows.organisation("HTX B");
        rows.jdbc().update("UPDATE organisation SET organisation_type = 'COOPERATIVE' WHERE id = ?", cooperative);
        // eligible cost 120 000 000 (Rows): 50 % = 60 000 000 ≤ cap
        rows.application(enterprise, "PAID", 2088, day, 36_000_000L, 36_000_000);
        long costly = rows.application(enterprise, "APPROVED", 2088, day, 50_000_000L, 0);
        rows.jdbc().update("UPDATE application SET eligible_cost_vnd = 300000000 WHERE id = ?", costly); // 150 M → capped 60 M
        long odd = rows.application(enterprise, "APPROVED", 2088, day, 10_000_000L, 0);
        rows.jdbc().update("UPDATE application SET eligible_cost_vnd = 20001999 WHERE id = ?", odd); // 10 000 999 → 10 000 000
        rows.application(cooperative, "PAID", 2088, day, 20_000_000L, 20_000_000); // not an enterprise: does not qualify
        rows.application(enterprise, "REJECTED", 2088, day, null, 0); // not supported: not counted

        assertThat(whatIf.underDraft(draft, day, day, "42")).containsExactly(new WhatIfRow("ISO_9001", "MANAGEMENT_SYSTEM",
                "ISO dự thảo", "Draft ISO", true, 4, 116_000_000, 3, 60_000_000 + 60_000_000 + 10_000_000));
        long empty = rows.insert("INSERT INTO policy_version (code, title, citation, effective_from, status, total_vnd) "
                + "VALUES (?, 'Dự thảo trống', 'test', '2099-01-01', 'DRAFT', 0)", "WHATIF-" + Rows.uniqueTaxCode());
        assertThat(whatIf.underDraft(empty, day, day, "42")).containsExactly(new WhatIfRow("ISO_9001", "MANAGEMENT_SYSTEM",
                null, null, false, 4, 116_000_000, 0, 0));
    }
}
