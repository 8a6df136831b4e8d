package vn.subsidyflow.web.report;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.subsidyflow.web.security.ApiSlice.as;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.subsidyflow.report.WhatIf;
import vn.subsidyflow.report.WhatIfRow;
import vn.subsidyflow.report.WhatIfs;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.security.ApiSlice;

/** The what-if at the edge: the report's readers ask it, the figures and the refusals come back. */
@WebMvcTest(WhatIfController.class)
@Import(ApiSlice.class)
class WhatIfControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WhatIfs whatIfs;

    @Test
    void readersGetTheDraftsCostBesideWhatWasApproved() throws Exception {
        WhatIfRow iso = new WhatIfRow("ISO_9001", "MANAGEMENT_SYSTEM", "ISO", "ISO", true, 3, 90, 2, 120);
        given(whatIfs.underDraft(7, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).willReturn(new WhatIf(7, "DRAFT-1",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), List.of(iso), List.of(iso)));
        mvc.perform(get("/api/v1/reports/what-if").param("policyVersionId", "7").param("from", "2025-01-01")
                        .param("to", "2025-12-31").with(as("approver")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.qualified").value(2))
                .andExpect(jsonPath("$.draftCostVnd").value(120))
                .andExpect(jsonPath("$.differenceVnd").value(30))
                .andExpect(jsonPath("$.bySupportItem[0].key").value("ISO_9001"));
    }

    @Test
    void aPublishedVersionIsRefused() throws Exception {
        given(whatIfs.underDraft(8, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .willThrow(new DomainFailure(FailureCode.POLICY_VERSION_NOT_DRAFT, "in force"));
        mvc.perform(get("/api/v1/reports/what-if").param("policyVersionId", "8").param("from", "2025-01-01")
                        .param("to", "2025-12-31").with(as("admin")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("POLICY_VERSION_NOT_DRAFT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"applicant1", "intake", "reviewer"})
    void othersMayNotAsk(String other) throws Exception {
        mvc.perform(get("/api/v1/reports/what-if").param("policyVersionId", "7").param("from", "2025-01-01")
                        .param("to", "2025-12-31").with(as(other)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(whatIfs);
    }
}
