package vn.subsidyflow.notice;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.paper.PaperFile;
import vn.subsidyflow.paper.PaperFiles;

/**
 * Sends the notices that are due. A chunk is claimed in one short transaction ({@code FOR UPDATE SKIP
 * LOCKED}, then a lease on each row), the mail is sent with no transaction open (an SMTP server may
 * take seconds), and each outcome is written in a transaction of its own. A node that dies between
 * the claim and the outcome leaves its rows PENDING under a lease that expires, and the next worker
 * sends them with the same Message-ID: at worst a message is sent twice, recognisably the same one,
 * and none is lost.
 */
@Service
public class NoticeDelivery {

    private static final Logger log = LoggerFactory.getLogger(NoticeDelivery.class);
    private static final java.util.regex.Pattern ONE_TIME_TOKEN = java.util.regex.Pattern.compile("token=[A-Za-z0-9_-]+");

    private final NoticeMapper mapper;
    private final Transactions transactions;
    private final JavaMailSender mail;
    private final MailSettings mailSettings;
    private final NoticeSettings settings;
    private final ObjectProvider<PaperFiles> papers;

    NoticeDelivery(NoticeMapper mapper, Transactions transactions, JavaMailSender mail, MailSettings mailSettings,
                   NoticeSettings settings, ObjectProvider<PaperFiles> papers) {
        this.mapper = mapper;
        this.transactions = transactions;
        this.mail = mail;
        this.mailSettings = mailSettings;
        this.settings = settings;
        this.papers = papers;
    }

    /** Claims and sends one chunk of due notices; returns how many were taken (0 when none is due). */
    public int sendDue() {
        List<Long> claimed = transactions.inTransaction(() -> {
            List<Long> ids = mapper.lockDue(settings.chunkSize());
            if (!ids.isEmpty()) {
                mapper.claim(ids, settings.leaseMs());
            }
            return ids;
        });
        for (long id : claimed) {
            mapper.find(id).ifPresent(this::send);
        }
        return claimed.size();
    }

    private void send(Notice notice) {
        if (notice.status() != NoticeStatus.PENDING) {
            return;
        }
        if (notice.email() == null || notice.email().isBlank()) {
            transactions.run(() -> mapper.markFailed(notice.id(), "The account has no e-mail address"));
            return;
        }
        try {
            mail.send(message(notice));
        } catch (MessagingException | RuntimeException e) {
            failed(notice, e);
            return;
        }
        transactions.run(() -> {
            mapper.markSent(notice.id());
            if (notice.kind() == NoticeKind.PASSWORD_RESET) {
                // The link opens the account for 30 minutes: once mailed, the outbox keeps no usable copy.
                mapper.redact(notice.id(), withoutToken(notice.textBody()), withoutToken(notice.htmlBody()));
            }
        });
    }

    private static String withoutToken(String body) {
        return ONE_TIME_TOKEN.matcher(body).replaceAll("token=…");
    }

    private void failed(Notice notice, Exception e) {
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (notice.attempts() >= settings.maxAttempts()) {
            log.warn("Notice {} to {} failed {} times; marking it FAILED: {}", notice.id(), notice.recipient(),
                    notice.attempts(), error);
            transactions.run(() -> mapper.markFailed(notice.id(), error));
        } else {
            long delay = settings.delayAfter(notice.attempts());
            log.info("Notice {} to {} not sent (attempt {}), again in {} ms: {}", notice.id(), notice.recipient(),
                    notice.attempts(), delay, error);
            transactions.run(() -> mapper.markRetry(notice.id(), error, delay));
        }
    }

    private MimeMessage message(Notice notice) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        PaperFile paper = notice.paperId() == null ? null : paperFile(notice.paperId());
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(mailSettings.from());
        helper.setTo(notice.email());
        helper.setSubject(notice.subject());
        helper.setText(notice.textBody(), notice.htmlBody());
        if (paper != null) {
            helper.addAttachment(paper.fileName(), new ByteArrayResource(paper.pdf()), "application/pdf");
        }
        // Kept by the sender (it restores an id set before sending): a resend is the same message.
        message.setHeader("Message-ID", notice.messageId());
        return message;
    }

    /** The paper to attach; a paper that cannot be read now fails the attempt, to be tried again later. */
    private PaperFile paperFile(long paperId) {
        PaperFiles files = papers.getIfAvailable();
        if (files == null) {
            throw new IllegalStateException("Paper " + paperId + " cannot be attached: no paper store in this application");
        }
        return files.file(paperId).orElseThrow(() -> new IllegalStateException("Paper " + paperId + " not found"));
    }
}
