package vn.subsidyflow.web.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.notice.NoticeKind;
import vn.subsidyflow.notice.Notices;
import vn.subsidyflow.notice.Recipient;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.Role;

/**
 * The outbox over a real SMTP server: a notice is sent once, an outage delays notices and loses
 * none, a node that died between claiming and sending is replaced, and a notice that keeps failing
 * is marked FAILED until an administrator sends it again.
 */
class NoticeDeliveryIntegrationTests extends NoticeTestSupport {

    @Autowired
    Notices notices;
    @Autowired
    Transactions transactions;

    @Test
    void aNoticeWrittenInACommandIsMailedOnceWithItsMessageIdAndBothParts() throws Exception {
        Business business = business("REJECTED");
        long id = enqueue(business, NoticeKind.WAITLISTED).get(0);

        await("the notice to be sent", Duration.ofSeconds(30), () -> "SENT".equals(status(id)));
        List<MimeMessage> received = mailTo(business.vietnameseEmail());
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getMessageID()).isEqualTo(messageId(id));
        assertThat(mail.getSubject()).isEqualTo("Hồ sơ đã được duyệt, đang chờ bổ sung dự toán");
        String raw = new String(mail.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(mail.getContentType()).startsWith("multipart/mixed");
        assertThat(MailParts.text(mail)).contains("Kính gửi Nguyễn Văn").contains("ISO 9001 cho nhà máy");
        assertThat(MailParts.html(mail)).contains("<p>").contains("ISO 9001 cho nhà máy");
        assertThat(raw).isNotEmpty();
    }

    @Test
    void aMailServerOutageDelaysNoticesAndAfterItNoneIsLostAndNoneDuplicated() {
        Business business = business("REJECTED");
        List<Long> ids = new ArrayList<>();
        mailServer.stop();
        try {
            for (int i = 0; i < 3; i++) {
                ids.addAll(enqueue(business, NoticeKind.LAPSED));
            }
            await("every notice to have failed an attempt", Duration.ofSeconds(30), () -> ids.stream().allMatch(id ->
                    jdbc.queryForObject("SELECT attempts > 0 AND last_error IS NOT NULL AND status = 'PENDING' FROM notice WHERE id = ?",
                            Boolean.class, id)));
        } finally {
            mailServer.start();
        }
        await("every notice to be sent after the outage", Duration.ofSeconds(60),
                () -> ids.stream().allMatch(id -> "SENT".equals(status(id))));
        List<String> received = new ArrayList<>(messageIds(mailTo(business.vietnameseEmail())));
        received.addAll(messageIds(mailTo(business.englishEmail())));
        assertThat(received).hasSize(6).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(ids.stream().map(this::messageId).toList());
    }

    @Test
    void aNoticeClaimedByANodeThatDiedIsSentOnceWhenItsLeaseExpires() throws Exception {
        Business business = business("REJECTED");
        List<Long> ids = transactions.inTransaction(() -> {
            List<Long> written = enqueueIn(business, NoticeKind.LAPSED);
            // A node claimed them (lease 3 s from now) and was killed before sending.
            written.forEach(id -> jdbc.update("UPDATE notice SET attempts = 1, claimed_until = UTC_TIMESTAMP(3) + INTERVAL 3 SECOND "
                    + "WHERE id = ?", id));
            return written;
        });
        Thread.sleep(1500);
        assertThat(mailTo(business.vietnameseEmail())).as("held by the dead node's lease").isEmpty();

        await("the notices to be sent by a living worker", Duration.ofSeconds(30),
                () -> ids.stream().allMatch(id -> "SENT".equals(status(id))));
        assertThat(messageIds(mailTo(business.vietnameseEmail()))).containsExactly(messageId(ids.get(0)));
        assertThat(messageIds(mailTo(business.englishEmail()))).containsExactly(messageId(ids.get(1)));
        ids.forEach(id -> assertThat(jdbc.queryForObject("SELECT attempts FROM notice WHERE id = ?", Integer.class, id)).isEqualTo(2));
    }

    @Test
    void aNoticeThatKeepsFailingIsMarkedFailedAndAnAdministratorsResendSendsIt() {
        Business business = business("REJECTED");
        long id;
        mailServer.stop();
        try {
            id = transactions.inTransaction(() -> {
                List<Long> written = enqueueIn(business, NoticeKind.LAPSED);
                // Seven attempts already failed: the eighth, the last the settings allow, fails too.
                jdbc.update("UPDATE notice SET attempts = 7 WHERE id = ?", written.get(0));
                return written.get(0);
            });
            await("the notice to be marked FAILED", Duration.ofSeconds(30), () -> "FAILED".equals(status(id)));
        } finally {
            mailServer.start();
        }
        assertThat(jdbc.queryForObject("SELECT last_error FROM notice WHERE id = ?", String.class, id)).isNotBlank();
        assertThat(notices.failed(0, 100).items()).extracting(n -> n.id()).contains(id);
        assertThat(mailTo(business.vietnameseEmail())).isEmpty();

        notices.resend(new Actor("admin", Set.of(Role.ADMIN), null, "127.0.0.1"), id);
        await("the resent notice to be sent", Duration.ofSeconds(30), () -> "SENT".equals(status(id)));
        assertThat(messageIds(mailTo(business.vietnameseEmail()))).containsExactly(messageId(id));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'NOTICE_RESENT' AND detail LIKE ?",
                Long.class, "Notice " + id + " %")).isEqualTo(1);
    }

    private List<Long> enqueue(Business business, NoticeKind kind) {
        return transactions.inTransaction(() -> enqueueIn(business, kind));
    }

    private List<Long> enqueueIn(Business business, NoticeKind kind) {
        List<Recipient> recipients = notices.organisationUsers(business.organisationId());
        return notices.enqueue(kind, recipients.stream().sorted(java.util.Comparator.comparing(r -> r.language().equals("en")))
                .toList(), business.applicationId(), null, Map.of("title", "ISO 9001 cho nhà máy", "business", "Công ty Thử",
                "amountVnd", 15_000_000L));
    }

    static List<String> messageIds(List<MimeMessage> messages) {
        return messages.stream().map(message -> {
            try {
                return message.getMessageID();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
