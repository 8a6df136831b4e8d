package vn.subsidyflow.web.deadline;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.subsidyflow.web.security.ApiSlice.as;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.subsidyflow.deadline.PauseReason;
import vn.subsidyflow.deadline.PausedSpan;
import vn.subsidyflow.deadline.Timeline;
import vn.subsidyflow.deadline.Timelines;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.security.ApiSlice;

/** The timeline endpoint at the edge: the wire shape of steps, pauses and moves, and refusals as problem+json. */
@WebMvcTest(TimelineController.class)
@Import(ApiSlice.class)
class TimelineControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Timelines timelines;

    @Test
    void shouldAnswerTheStepsPausesAndMovesOfTheDossier() throws Exception {
        Instant opened = Instant.parse("2026-03-02T03:00:00Z");
        given(timelines.of(any(), eq(42L))).willReturn(new Timeline(42L, LocalDate.of(2026, 4, 3), LocalDate.of(2026, 3, 30),
                List.of(new Timeline.StepTaken("t-1", "intake", opened, Instant.parse("2026-03-09T10:00:00Z"),
                        Instant.parse("2026-03-11T03:00:00Z"), "intake", true, 2)),
                List.of(new PausedSpan(7L, 42L, PauseReason.SUPPLEMENT, opened, opened.plusSeconds(86_400 * 4),
                        LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 3))),
                List.of(new Timeline.Move(opened.plusSeconds(86_400 * 4), LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 3), false))));

        mvc.perform(get("/api/v1/applications/42/timeline").with(as("approver")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.appointmentOn").value("2026-04-03"))
                .andExpect(jsonPath("$.firstAppointmentOn").value("2026-03-30"))
                .andExpect(jsonPath("$.steps[0].step").value("intake"))
                .andExpect(jsonPath("$.steps[0].dueAt").value("2026-03-09T10:00:00Z"))
                .andExpect(jsonPath("$.steps[0].late").value(true))
                .andExpect(jsonPath("$.steps[0].workingDaysLate").value(2))
                .andExpect(jsonPath("$.pauses[0].reason").value("SUPPLEMENT"))
                .andExpect(jsonPath("$.moves[0].apology").value(false))
                .andExpect(jsonPath("$.moves[0].to").value("2026-04-03"));
    }

    @Test
    void shouldAnswerTheEnginesRefusalsAsProblems() throws Exception {
        given(timelines.of(any(), eq(43L))).willThrow(DomainFailure.notFound(FailureCode.APPLICATION_NOT_FOUND, 43L));
        given(timelines.of(any(), eq(44L))).willThrow(new DomainFailure(FailureCode.FORBIDDEN, "staff only"));

        mvc.perform(get("/api/v1/applications/43/timeline").with(as("approver")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("APPLICATION_NOT_FOUND"));
        mvc.perform(get("/api/v1/applications/44/timeline").with(as("applicant1")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }
}
