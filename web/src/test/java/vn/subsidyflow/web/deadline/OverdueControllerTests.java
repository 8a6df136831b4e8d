package vn.subsidyflow.web.deadline;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.subsidyflow.web.security.ApiSlice.as;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.subsidyflow.deadline.OverdueTask;
import vn.subsidyflow.deadline.OverdueTasks;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.security.ApiSlice;
import vn.subsidyflow.workflow.Step;

/** The overdue list at the edge: paging turned into rows, its bounds, the wire names, and a refusal as problem+json. */
@WebMvcTest(OverdueController.class)
@Import(ApiSlice.class)
class OverdueControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OverdueTasks overdue;

    @Test
    void shouldAnswerAPageOfOverdueTasksWithTheStepKeyAndTheWorkingDaysLate() throws Exception {
        given(overdue.page(any(), eq(20), eq(10))).willReturn(List.of(new OverdueTask("t-1", Step.APPRAISAL, 42L, "ISO 9001",
                "Công ty A", Instant.parse("2026-03-02T10:00:00Z"), 3, true)));
        given(overdue.count(any())).willReturn(21L);

        mvc.perform(get("/api/v1/tasks/overdue?page=2&size=10").with(as("approver")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(21))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.items[0].taskId").value("t-1"))
                .andExpect(jsonPath("$.items[0].step").value("appraisal"))
                .andExpect(jsonPath("$.items[0].applicationId").value(42))
                .andExpect(jsonPath("$.items[0].organisationName").value("Công ty A"))
                .andExpect(jsonPath("$.items[0].dueAt").value("2026-03-02T10:00:00Z"))
                .andExpect(jsonPath("$.items[0].workingDaysLate").value(3))
                .andExpect(jsonPath("$.items[0].escalated").value(true));
    }

    @Test
    void shouldRefuseAPageBeyondTheBoundsBeforeAskingTheEngine() throws Exception {
        mvc.perform(get("/api/v1/tasks/overdue?size=501").with(as("approver")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_PAGE"));
        verifyNoInteractions(overdue);
    }

    @Test
    void shouldAnswerTheEnginesRefusalAsForbidden() throws Exception {
        given(overdue.page(any(), anyInt(), anyInt())).willThrow(new DomainFailure(FailureCode.FORBIDDEN, "approvers only"));

        mvc.perform(get("/api/v1/tasks/overdue").with(as("reviewer")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }
}
