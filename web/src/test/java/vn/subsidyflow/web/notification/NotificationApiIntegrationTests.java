package vn.subsidyflow.web.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.notice.NoticeKind;
import vn.subsidyflow.notice.Notices;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/** A user's notifications over HTTP: their own alone, newest first, read once opened; another's is not found. */
class NotificationApiIntegrationTests extends NoticeTestSupport {

    @Autowired
    Notices notices;
    @Autowired
    Transactions transactions;

    @Test
    void aUserListsTheirNotificationsNewestFirstAndMarksOneReadButNotAnothersNotification() {
        List<Long> ids = transactions.inTransaction(() -> {
            List<Long> written = new java.util.ArrayList<>();
            for (NoticeKind kind : List.of(NoticeKind.WAITLISTED, NoticeKind.LAPSED)) {
                written.addAll(notices.enqueue(kind, List.of(notices.account("applicant1").orElseThrow()), null, null,
                        Map.of("title", "Hồ sơ API", "business", "Công ty TNHH Thực phẩm Hồng Lĩnh", "amountVnd", 1_000L)));
            }
            return written;
        });
        Api applicant1 = Api.as(port, "applicant1", Scenario.PASSWORD);
        Api applicant2 = Api.as(port, "applicant2", Scenario.PASSWORD);

        Api.Response list = applicant1.get("/api/v1/notifications?size=2");
        assertThat(list.status()).isEqualTo(200);
        JsonNode items = list.body().path("items");
        assertThat(items.get(0).path("id").asLong()).isEqualTo(ids.get(1));
        assertThat(items.get(0).path("kind").asString()).isEqualTo("LAPSED");
        assertThat(items.get(0).path("subject").asString()).isEqualTo("Hồ sơ đã hết hiệu lực");
        assertThat(items.get(1).path("id").asLong()).isEqualTo(ids.get(0));
        long unread = list.body().path("unread").asLong();
        assertThat(unread).isGreaterThanOrEqualTo(2);
        assertThat(list.body().path("total").asLong()).isGreaterThanOrEqualTo(2);

        Api.Response foreign = applicant2.post("/api/v1/notifications/" + ids.get(0) + "/read", Map.of());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("NOTICE_NOT_FOUND");
        List<Long> seenByAnother = new java.util.ArrayList<>();
        applicant2.get("/api/v1/notifications?size=500").body().path("items").forEach(item -> seenByAnother.add(item.path("id").asLong()));
        assertThat(seenByAnother).doesNotContainAnyElementsOf(ids);

        Api.Response read = applicant1.post("/api/v1/notifications/" + ids.get(0) + "/read", Map.of());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().path("readAt").isNull() || read.body().path("readAt").isMissingNode()).isFalse();
        assertThat(applicant1.get("/api/v1/notifications").body().path("unread").asLong()).isEqualTo(unread - 1);
        assertThat(applicant1.get("/api/v1/notifications?size=501").code()).isEqualTo("INVALID_PAGE");
    }
}
