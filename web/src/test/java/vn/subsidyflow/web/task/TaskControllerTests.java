package vn.subsidyflow.web.task;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.subsidyflow.web.security.ApiSlice.as;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.review.Inbox;
import vn.subsidyflow.review.OpenTask;
import vn.subsidyflow.review.Review;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.application.ApplicationResponses;
import vn.subsidyflow.web.budget.MoneySlice;
import vn.subsidyflow.web.security.ApiSlice;
import vn.subsidyflow.workflow.Outcome;

/** The task endpoints at the edge: paging, the completion body's limits, and PAY going through the money path. */
@WebMvcTest(TaskController.class)
@Import({ApiSlice.class, MoneySlice.class, TaskControllerTests.FixedClock.class})
class TaskControllerTests {

    static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Inbox inbox;
    @MockitoBean
    Review review;
    @MockitoBean
    ApplicationResponses responses;

    @Test
    void withoutCredentialsNoTaskIsShown() throws Exception {
        mvc.perform(get("/api/v1/tasks"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        verifyNoInteractions(inbox);
    }

    @Test
    void aPageThatIsNotFullGivesTheTotalWithoutCountingAndMarksOverdueTasks() throws Exception {
        given(inbox.tasks(any(), any())).willReturn(List.of(task("t-1", NOW.minusSeconds(1)), task("t-2", null)));
        mvc.perform(get("/api/v1/tasks").param("offset", "20").param("limit", "50").with(as("intake")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "22"))
                .andExpect(jsonPath("$[0].id").value("t-1"))
                .andExpect(jsonPath("$[0].overdue").value(true))
                .andExpect(jsonPath("$[1].overdue").value(false))
                .andExpect(jsonPath("$[0].applicationStatus").value("SUBMITTED"));
        verify(inbox, never()).count(any(), any());

        given(inbox.tasks(any(), any())).willReturn(Collections.nCopies(2, task("t-3", null)));
        given(inbox.count(any(), any())).willReturn(9L);
        mvc.perform(get("/api/v1/tasks").param("limit", "2").with(as("intake")))
                .andExpect(header().string("X-Total-Count", "9"));
    }

    @Test
    void pagingAndFiltersOutsideTheirBoundsAreRefused() throws Exception {
        for (String[] bad : new String[][] {{"limit", "0"}, {"limit", "501"}, {"offset", "-1"}}) {
            mvc.perform(get("/api/v1/tasks").param(bad[0], bad[1]).with(as("intake")))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value("INVALID_PAGE"));
        }
        mvc.perform(get("/api/v1/tasks").param("category", "NOPE").with(as("intake")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        mvc.perform(get("/api/v1/tasks").param("key", "k".repeat(61)).with(as("intake")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_LENGTH"));
        mvc.perform(get("/api/v1/tasks/" + "t".repeat(65)).with(as("intake")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_LENGTH"));
        verifyNoInteractions(inbox);
    }

    @Test
    void aCompletionBodyIsCheckedBeforeTheReviewSeesIt() throws Exception {
        complete("{\"outcome\":\"ACCEPT\",\"comment\":\"" + "c".repeat(2001) + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("comment"))
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_LENGTH"));
        complete("{\"outcome\":\"RECOMMEND_APPROVAL\",\"amountVnd\":0}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_AMOUNT"));
        complete("{\"outcome\":\"RECOMMEND_APPROVAL\",\"amountVnd\":1.5}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        complete("{\"outcome\":\"APPROVE\",\"decisionDate\":\"1999-12-31\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_DECISION_DATE"));
        complete("{\"outcome\":\"APPROVE\",\"decisionDate\":\"2026-02-30\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        complete("{\"outcome\":\"PAY\",\"paymentReference\":\"" + "r".repeat(101) + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_LENGTH"));
        verifyNoInteractions(review);
    }

    @Test
    void payIsAnsweredThroughTheMoneyPathAsJsonAndOtherOutcomesDirectly() throws Exception {
        Application paid = mock(Application.class);
        given(review.complete(any(), eq("t-9"), argThat(c -> c.outcome() == Outcome.PAY))).willReturn(paid);
        mvc.perform(post("/api/v1/tasks/t-9/complete").with(as("finance")).header("Idempotency-Key", "k-1")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\" PAY \",\"paymentReference\":\"KBNN-1\"}"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        verify(review).complete(any(), eq("t-9"), argThat(c -> "KBNN-1".equals(c.paymentReference())));

        willThrow(new DomainFailure(FailureCode.FOUR_EYES_VIOLATION, "the reviewer may not decide"))
                .given(review).complete(any(), eq("t-10"), any());
        mvc.perform(post("/api/v1/tasks/t-10/complete").with(as("approver"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"APPROVE\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("FOUR_EYES_VIOLATION"));
    }

    @Test
    void claimingATaskSomeoneHoldsIsAConflict() throws Exception {
        willThrow(new DomainFailure(FailureCode.TASK_CLAIMED, "claimed by reviewer2")).given(review).claim(any(), anyString());
        mvc.perform(post("/api/v1/tasks/t-1/claim").with(as("reviewer")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("TASK_CLAIMED"));
    }

    private org.springframework.test.web.servlet.ResultActions complete(String body) throws Exception {
        return mvc.perform(post("/api/v1/tasks/t-1/complete").with(as("reviewer"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static OpenTask task(String id, Instant due) {
        return new OpenTask(id, 7, "pi-7", "intake", "Tiếp nhận", "INTAKE", null, due, NOW.minusSeconds(3600),
                "Công ty A", "ISO_9001", Category.MANAGEMENT_SYSTEM, "ISO 9001", ApplicationStatus.SUBMITTED,
                50_000_000L, null, null);
    }
}
