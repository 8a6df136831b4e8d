package vn.subsidyflow.web.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/**
 * A dossier's life over real HTTP, told to its applicant by real mail: each official paper the
 * dossier gives rise to arrives once, attached to the notice, byte for byte the paper the API lists.
 */
class NoticeJourneyIntegrationTests extends NoticeTestSupport {

    @Test
    void eachPaperOfADossiersLifeReachesTheApplicantOnceAttachedToItsNotice() throws Exception {
        Scenario scenario = Scenario.create(port, 200_000_000L, 0, 0);
        Api applicant = scenario.newApplicant();
        long id = scenario.file(applicant, scenario.iso, 120_000_000L);
        String email = jdbc.queryForObject("SELECT u.email FROM app_user u JOIN application a ON a.organisation_id = u.organisation_id "
                + "WHERE a.id = ?", String.class, id);

        awaitMails(email, 1);
        scenario.completeOk(scenario.as("intake"), id, "intake",
                Map.of("outcome", "REQUEST_SUPPLEMENT", "comment", "Hóa đơn tài chính có chữ ký"));
        awaitMails(email, 2);
        scenario.completeOk(applicant, id, "supplement", Map.of("outcome", "SUBMIT"));
        awaitMails(email, 3);
        scenario.approve(id, 15_000_000L);
        awaitMails(email, 4);
        scenario.completeOk(scenario.as("finance"), id, "payment", Map.of("outcome", "PAY", "paymentReference", "KB-" + id));

        JsonNode papers = applicant.get("/api/v1/applications/" + id + "/papers").body();
        assertThat(papers).extracting(p -> p.path("kind").asString())
                .containsExactly("RECEIPT", "SUPPLEMENT_REQUEST", "RECEIPT", "DECISION", "PAYMENT_NOTICE");
        // Five papers and the Treasury's confirmation: six notices, then nothing more.
        awaitMails(email, 6);
        Thread.sleep(1_500);
        List<MimeMessage> mails = mailTo(email);
        assertThat(mails).hasSize(6);

        List<String> attachedHashes = new ArrayList<>();
        for (MimeMessage mail : mails) {
            for (byte[] content : MailParts.attachmentContents(mail)) {
                assertThat(new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                attachedHashes.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
            }
        }
        List<String> listedHashes = new ArrayList<>();
        papers.forEach(paper -> listedHashes.add(paper.path("sha256").asString()));
        assertThat(attachedHashes).containsExactlyInAnyOrderElementsOf(listedHashes);

        List<String> subjects = mails.stream().map(NoticeJourneyIntegrationTests::subject).toList();
        assertThat(subjects).anyMatch(s -> s.startsWith("Hồ sơ đã được tiếp nhận"))
                .anyMatch(s -> s.startsWith("Yêu cầu bổ sung hồ sơ"))
                .anyMatch(s -> s.startsWith("Quyết định hỗ trợ kinh phí"))
                .anyMatch(s -> s.startsWith("Thông báo chi trả kinh phí hỗ trợ 15.000.000 đồng"));
        MimeMessage supplement = mails.stream().filter(m -> subject(m).startsWith("Yêu cầu bổ sung")).findFirst().orElseThrow();
        assertThat(MailParts.text(supplement)).contains("Hóa đơn tài chính có chữ ký");
    }

    private void awaitMails(String email, int count) {
        await(count + " mails to " + email, Duration.ofSeconds(60), () -> mailTo(email).size() >= count);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
