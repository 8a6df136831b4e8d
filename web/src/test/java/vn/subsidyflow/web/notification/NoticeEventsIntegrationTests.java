package vn.subsidyflow.web.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import vn.subsidyflow.application.ApplicationChanged;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.deadline.EvidenceOverdue;
import vn.subsidyflow.deadline.LapseApproaching;
import vn.subsidyflow.deadline.StepOverdue;
import vn.subsidyflow.disbursement.PaymentConfirmed;
import vn.subsidyflow.paper.PaperIssued;
import vn.subsidyflow.paper.PaperKind;
import vn.subsidyflow.workflow.Step;

/**
 * What causes a notice: each event, published in a transaction as its owner publishes it, gives one
 * mail to each right recipient, in their language, with the paper attached when there is one.
 */
class NoticeEventsIntegrationTests extends NoticeTestSupport {

    @Autowired
    Transactions transactions;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void eachPaperIssuedIsMailedToEachApplicantInTheirLanguageWithThePaperAttached() throws Exception {
        Business business = business("REFUSED");
        for (PaperKind kind : PaperKind.values()) {
            publish(new PaperIssued(business.applicationId(), paper(business.applicationId(), kind), kind,
                    (kind.ordinal() + 1) + "/2026/TEST"));
        }
        int kinds = PaperKind.values().length;
        await("a mail of each paper to each applicant", Duration.ofSeconds(30),
                () -> mailTo(business.vietnameseEmail()).size() >= kinds && mailTo(business.englishEmail()).size() >= kinds);

        List<MimeMessage> vietnamese = mailTo(business.vietnameseEmail());
        List<MimeMessage> english = mailTo(business.englishEmail());
        assertThat(vietnamese).hasSize(kinds);
        assertThat(english).hasSize(kinds);
        assertThat(subjects(vietnamese)).containsExactlyInAnyOrder(
                "Hồ sơ đã được tiếp nhận – hẹn trả kết quả ngày 03/12/2026",
                "Yêu cầu bổ sung hồ sơ – hạn ngày " + lapseDate(vietnamese),
                "Hồ sơ không được chấp thuận",
                "Xin lỗi về việc chậm trả kết quả – hẹn lại ngày 03/12/2026",
                "Quyết định hỗ trợ kinh phí số 125/QĐ-SKHCN",
                "Thông báo chi trả kinh phí hỗ trợ 15.000.000 đồng");
        assertThat(subjects(english)).contains("Support decision 125/QĐ-SKHCN", "Payment ordered: 15,000,000 VND",
                "Your dossier was refused");
        for (MimeMessage mail : vietnamese) {
            assertThat(MailParts.attachments(mail)).hasSize(1).allMatch(name -> name.startsWith("paper-") && name.endsWith(".pdf"));
            assertThat(MailParts.text(mail)).contains("Kính gửi Nguyễn Văn");
        }
        MimeMessage supplement = vietnamese.stream().filter(m -> subject(m).startsWith("Yêu cầu bổ sung")).findFirst().orElseThrow();
        assertThat(MailParts.text(supplement)).contains("Hợp đồng tư vấn có chữ ký");
        MimeMessage refusal = english.stream().filter(m -> subject(m).equals("Your dossier was refused")).findFirst().orElseThrow();
        assertThat(MailParts.text(refusal)).startsWith("Dear John").contains("Không thuộc đối tượng hỗ trợ");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE application_id = ? AND paper_id IS NOT NULL AND status = 'SENT'",
                Long.class, business.applicationId())).isEqualTo(2L * kinds);
    }

    @Test
    void waitlistingLapsePaymentConfirmationAndRefusedProtectionAreMailedToTheApplicants() throws Exception {
        Business business = business("REJECTED");
        publish(new ApplicationChanged(business.applicationId(), ApplicationStatus.APPROVED, ApplicationStatus.WAITLISTED, null, null));
        publish(new ApplicationChanged(business.applicationId(), ApplicationStatus.WAITLISTED, ApplicationStatus.WAITLISTED, null, null));
        publish(new ApplicationChanged(business.applicationId(), ApplicationStatus.SUPPLEMENT_REQUESTED, ApplicationStatus.LAPSED, null, null));
        publish(new PaymentConfirmed(business.applicationId(), 1L, 1, 15_000_000L, "KBNN-HT-1"));
        publish(new LapseApproaching(business.applicationId(), LocalDate.of(2026, 12, 14)));
        publish(new EvidenceOverdue(business.applicationId(), LocalDate.of(2024, 11, 29), false));
        publish(new ApplicationChanged(business.applicationId(), ApplicationStatus.AWAITING_COMPLETION, ApplicationStatus.NOT_GRANTED,
                null, null));

        await("six mails to each applicant", Duration.ofSeconds(30),
                () -> mailTo(business.vietnameseEmail()).size() >= 6 && mailTo(business.englishEmail()).size() >= 6);
        assertThat(subjects(mailTo(business.vietnameseEmail()))).containsExactlyInAnyOrder(
                "Hồ sơ đã được duyệt, đang chờ bổ sung dự toán", "Hồ sơ đã hết hiệu lực", "Kho bạc đã chi trả 15.000.000 đồng",
                "Nhắc hạn bổ sung hồ sơ: ngày 14/12/2026", "Nhắc nộp văn bằng bảo hộ",
                "Không được cấp văn bằng bảo hộ: hồ sơ kết thúc");
        assertThat(subjects(mailTo(business.englishEmail()))).containsExactlyInAnyOrder(
                "Approved, waiting for budget", "Your dossier lapsed", "Payment made: 15,000,000 VND",
                "Reminder: complete your dossier by 14/12/2026", "Reminder: send the certificate of protection",
                "Protection refused: your dossier ends without support");
        MimeMessage refused = mailTo(business.vietnameseEmail()).stream()
                .filter(m -> subject(m).startsWith("Không được cấp")).findFirst().orElseThrow();
        assertThat(MailParts.text(refused)).contains("Lý do: Không thuộc đối tượng hỗ trợ");
    }

    @Test
    void anOverdueStepIsMailedToTheApproversAndLongOverdueEvidenceToReviewersToo() {
        Business business = business("IN_APPRAISAL");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String approver = "ap" + tag;
        String reviewer = "rv" + tag;
        user(approver, "Lê Phê Duyệt " + tag, approver + "@so.vn", null, "vi");
        user(reviewer, "Jane Reviewer " + tag, reviewer + "@so.vn", null, "en");
        jdbc.update("INSERT INTO user_role (user_id, role) SELECT id, 'APPROVER' FROM app_user WHERE username = ?", approver);
        jdbc.update("INSERT INTO user_role (user_id, role) SELECT id, 'REVIEWER' FROM app_user WHERE username = ?", reviewer);

        publish(new StepOverdue(business.applicationId(), Step.APPRAISAL, Instant.parse("2026-11-27T10:00:00Z")));
        publish(new EvidenceOverdue(business.applicationId(), LocalDate.of(2024, 11, 29), true));

        await("the approver's two mails", Duration.ofSeconds(30), () -> mailTo(approver + "@so.vn").size() >= 2
                && !mailTo(reviewer + "@so.vn").isEmpty());
        assertThat(subjects(mailTo(approver + "@so.vn"))).containsExactlyInAnyOrder(
                "Quá hạn xử lý: hồ sơ \"ISO 9001 cho nhà máy\"", "Quá hạn nộp văn bằng bảo hộ: hồ sơ \"ISO 9001 cho nhà máy\"");
        assertThat(subjects(mailTo(reviewer + "@so.vn"))).containsExactly("Certificate long overdue: dossier \"ISO 9001 cho nhà máy\"");
        assertThat(mailTo(business.vietnameseEmail())).as("the applicant is not told of staff escalations").isEmpty();
    }

    private void publish(Object event) {
        transactions.run(() -> events.publishEvent(event));
    }

    private static String lapseDate(List<MimeMessage> messages) {
        return messages.stream().map(NoticeEventsIntegrationTests::subject).filter(s -> s.startsWith("Yêu cầu bổ sung"))
                .findFirst().orElseThrow().replaceAll(".* ", "");
    }

    static List<String> subjects(List<MimeMessage> messages) {
        return messages.stream().map(NoticeEventsIntegrationTests::subject).toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
