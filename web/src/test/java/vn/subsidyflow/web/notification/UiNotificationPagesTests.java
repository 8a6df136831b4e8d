package vn.subsidyflow.web.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.notice.EmbeddedMailServer;
import vn.subsidyflow.notice.NoticeKind;
import vn.subsidyflow.notice.Notices;
import vn.subsidyflow.web.support.RealHttp;
import vn.subsidyflow.web.support.Scenario;

/** The notification pages: the unread count in the header, the list, an opened notice; the administrators' mail pages. */
class UiNotificationPagesTests extends NoticeTestSupport {

    @Autowired
    Notices notices;
    @Autowired
    Transactions transactions;
    @Autowired
    vn.subsidyflow.applicant.Accounts accounts;

    @Test
    void aUserSeesTheUnreadCountOpensANoticeAndAnAdministratorReadsTheMailSent() {
        long id = transactions.inTransaction(() -> notices.enqueue(NoticeKind.LAPSED, List.of(notices.account("applicant2").orElseThrow()),
                null, null, Map.of("title", "Hồ sơ trang <b>thông báo</b>", "business", "Hợp tác xã Cam Vũ Quang")).get(0));
        RealHttp applicant = RealHttp.signedIn(port, "applicant2", Scenario.PASSWORD);
        long unread = notices.unreadCount("applicant2");

        HttpResponse<String> home = applicant.get("/notifications");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("title=\"" + unread + " chưa đọc\"").contains("Hồ sơ đã hết hiệu lực");

        HttpResponse<String> opened = applicant.post("/notifications/" + id + "/read", "");
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("Hồ sơ trang &lt;b&gt;thông báo&lt;/b&gt;").doesNotContain("<b>thông báo</b>");
        assertThat(notices.unreadCount("applicant2")).isEqualTo(unread - 1);
        assertThat(RealHttp.signedIn(port, "applicant1", Scenario.PASSWORD).post("/notifications/" + id + "/read", "").statusCode())
                .as("another user's notice").isEqualTo(404);

        await("the notice to be mailed", Duration.ofSeconds(30), () -> "SENT".equals(status(id)));
        RealHttp admin = RealHttp.signedIn(port, "admin", Scenario.PASSWORD);
        HttpResponse<String> mail = admin.get("/admin/mail");
        assertThat(mail.statusCode()).isEqualTo(200);
        assertThat(mail.body()).contains("applicant2@example.vn").contains("Hồ sơ đã hết hiệu lực");
        EmbeddedMailServer.Kept kept = mailServer.kept();
        int index = kept.messages().size() - 1;
        while (!messageIdAt(kept, index).equals(messageId(id))) {
            index--;
        }
        HttpResponse<String> message = admin.get("/admin/mail/" + (kept.firstNumber() + index));
        assertThat(message.statusCode()).isEqualTo(200);
        assertThat(message.body()).contains("Kính gửi").contains("Hồ sơ trang &lt;b&gt;thông báo&lt;/b&gt;");
        assertThat(admin.get("/admin/notices").statusCode()).isEqualTo(200);
        assertThat(applicant.get("/admin/mail").statusCode()).isEqualTo(403);
    }

    @Test
    void switchingThePagesToEnglishMakesTheAccountsNoticesEnglish() {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        String username = "lg" + tag;
        accounts.createStaff(username, "Núi Hồng sông La 2026", "Lang " + tag, java.util.Set.of(vn.subsidyflow.shared.Role.AUDITOR));
        RealHttp browser = RealHttp.signedIn(port, username, "Núi Hồng sông La 2026");
        assertThat(notices.account(username).orElseThrow().language()).isEqualTo("vi");
        assertThat(browser.get("/notifications?lang=en").statusCode()).isEqualTo(200);
        assertThat(notices.account(username).orElseThrow().language()).isEqualTo("en");
        long id = transactions.inTransaction(() -> notices.enqueue(NoticeKind.LAPSED, List.of(notices.account(username).orElseThrow()),
                null, null, Map.of("title", "Dossier", "business", "Business")).get(0));
        assertThat(jdbc.queryForObject("SELECT subject FROM notice WHERE id = ?", String.class, id)).isEqualTo("Your dossier lapsed");
        browser.get("/notifications?lang=vi");
        assertThat(notices.account(username).orElseThrow().language()).isEqualTo("vi");
    }

    private static String messageIdAt(EmbeddedMailServer.Kept kept, int index) {
        try {
            return kept.messages().get(index).getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
