package vn.subsidyflow.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The embedded SMTP server keeps the latest messages only, over real SMTP to a real GreenMail. */
class EmbeddedMailServerUnitTests {

    private EmbeddedMailServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void trimLetsGoOfTheOldestBeyondTheKeptNumber() throws MessagingException {
        server = started(5);
        for (int i = 1; i <= 12; i++) {
            send("a" + (i % 3) + "@example.vn", "message " + i);
        }
        assertThat(server.received()).hasSize(12);

        server.trim();

        EmbeddedMailServer.Kept kept = server.kept();
        assertThat(subjects(kept.messages())).containsExactly("message 8", "message 9", "message 10", "message 11",
                "message 12");
        // The numbers the administrators' page links to stay with their messages.
        assertThat(kept.firstNumber()).isEqualTo(7);
    }

    @Test
    void sendsTrimEveryTenthOfTheKeptNumber() {
        server = started(20);
        for (int i = 1; i <= 45; i++) {
            send("b@example.vn", "message " + i);
            server.sent(1);
            // Trimmed every second send: never more than the kept number and one.
            assertThat(server.received()).hasSizeLessThanOrEqualTo(21);
        }
        assertThat(server.received()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void messagesReceivedBeforeARestartAreLetGoFirst() throws MessagingException {
        server = started(5);
        for (int i = 1; i <= 4; i++) {
            send("c@example.vn", "message " + i);
        }
        server.stop();
        server.start();
        for (int i = 5; i <= 8; i++) {
            send("c@example.vn", "message " + i);
        }

        server.trim();

        assertThat(subjects(server.received())).containsExactly("message 4", "message 5", "message 6", "message 7",
                "message 8");
    }

    @Test
    void keepsAtLeastOneMessage() {
        assertThatThrownBy(() -> new EmbeddedMailServer(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static EmbeddedMailServer started(int keep) {
        EmbeddedMailServer started = new EmbeddedMailServer(0, keep);
        started.start();
        return started;
    }

    private void send(String to, String subject) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.port());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("no-reply@subsidyflow.local");
        message.setTo(to);
        message.setSubject(subject);
        message.setText("body of " + subject);
        sender.send(message);
    }

    private static List<String> subjects(List<MimeMessage> messages) throws MessagingException {
        List<String> subjects = new java.util.ArrayList<>();
        for (MimeMessage message : messages) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }
}
