package vn.subsidyflow.web.notification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.subsidyflow.web.security.ApiSlice.as;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.subsidyflow.notice.Notice;
import vn.subsidyflow.notice.NoticeKind;
import vn.subsidyflow.notice.NoticeStatus;
import vn.subsidyflow.notice.Notices;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.security.ApiSlice;

/** The notifications API at the edge: the caller's own list, paged and bounded; marking read; an admin's resend. */
@WebMvcTest(NotificationController.class)
@Import(ApiSlice.class)
class NotificationControllerTests {

    private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
    private static final Notice DECISION = new Notice(7, "<m@x>", NoticeKind.DECISION, "applicant1", "a@b.vn", "vi", 12L, 3L,
            "Quyết định hỗ trợ kinh phí số 125/QĐ-SKHCN", "text", "<p>html</p>", NoticeStatus.SENT, 1, NOW, null, null, NOW,
            null, NOW);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Notices notices;

    @Test
    void theCallerReadsTheirOwnNotificationsNewestFirstWithoutTheBodies() throws Exception {
        given(notices.page("applicant1", 2, 10)).willReturn(new Notices.Page(List.of(DECISION), 21, 2, 10));
        given(notices.unreadCount("applicant1")).willReturn(4L);
        mvc.perform(get("/api/v1/notifications?page=2&size=10").with(as("applicant1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(10))
                .andExpect(jsonPath("$.total").value(21))
                .andExpect(jsonPath("$.unread").value(4))
                .andExpect(jsonPath("$.items[0].id").value(7))
                .andExpect(jsonPath("$.items[0].kind").value("DECISION"))
                .andExpect(jsonPath("$.items[0].subject").value("Quyết định hỗ trợ kinh phí số 125/QĐ-SKHCN"))
                .andExpect(jsonPath("$.items[0].applicationId").value(12))
                .andExpect(jsonPath("$.items[0].createdAt").value("2026-11-29T03:00:00Z"))
                .andExpect(jsonPath("$.items[0].readAt").doesNotExist())
                .andExpect(jsonPath("$.items[0].email").doesNotExist())
                .andExpect(jsonPath("$.items[0].textBody").doesNotExist());
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=0", "size=501", "page=-1", "page=20001", "size=x"})
    void aPageOutOfBoundsIsRefused(String query) throws Exception {
        mvc.perform(get("/api/v1/notifications?" + query).with(as("reviewer")))
                .andExpect(status().is4xxClientError());
        verifyNoInteractions(notices);
    }

    @Test
    void anotherUsersNotificationIsNotFound() throws Exception {
        given(notices.markRead("applicant2", 7)).willThrow(DomainFailure.notFound(FailureCode.NOTICE_NOT_FOUND, 7));
        mvc.perform(post("/api/v1/notifications/7/read").with(as("applicant2")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOTICE_NOT_FOUND"));
        given(notices.markRead("applicant1", 7)).willReturn(DECISION);
        mvc.perform(post("/api/v1/notifications/7/read").with(as("applicant1"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(7));
    }

    @Test
    void anAdministratorResendsAFailedNoticeAndNobodyElseMay() throws Exception {
        given(notices.resend(any(), eq(7L))).willReturn(DECISION);
        mvc.perform(post("/api/v1/notices/7/resend").with(as("admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.recipient").value("applicant1"))
                .andExpect(jsonPath("$.status").value("SENT"));
        given(notices.resend(any(), eq(8L))).willThrow(new DomainFailure(FailureCode.NOTICE_NOT_FAILED, "sent"));
        mvc.perform(post("/api/v1/notices/8/resend").with(as("admin"))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("NOTICE_NOT_FAILED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"applicant1", "reviewer", "approver", "auditor"})
    void onlyAnAdministratorResends(String other) throws Exception {
        mvc.perform(post("/api/v1/notices/7/resend").with(as(other))).andExpect(status().isForbidden());
        verifyNoInteractions(notices);
    }
}
