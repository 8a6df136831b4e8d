package vn.subsidyflow.notice;

import java.time.Instant;

/** A notice as stored: the mail to send and the recipient's in-app item (unread while {@code readAt} is null). */
public record Notice(long id, String messageId, NoticeKind kind, String recipient, String email, String locale,
                     Long applicationId, Long paperId, String subject, String textBody, String htmlBody,
                     NoticeStatus status, int attempts, Instant nextAttemptAt, Instant claimedUntil, String lastError,
                     Instant sentAt, Instant readAt, Instant createdAt) {
}
