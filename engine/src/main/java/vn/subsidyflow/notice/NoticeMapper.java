package vn.subsidyflow.notice;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import vn.subsidyflow.database.GeneratedId;

@Mapper
interface NoticeMapper {

    /** A notice to write: rendered, addressed, not yet sent. */
    record Draft(String messageId, NoticeKind kind, String recipient, String email, String locale, Long applicationId,
                 Long paperId, String subject, String textBody, String htmlBody) {
    }

    int insert(@Param("n") Draft draft, @Param("key") GeneratedId key);

    Optional<Notice> find(@Param("id") long id);

    /** The recipient's notices, newest first. */
    List<Notice> findByRecipient(@Param("recipient") String recipient, @Param("offset") long offset, @Param("limit") int limit);

    long countByRecipient(@Param("recipient") String recipient);

    long countUnread(@Param("recipient") String recipient);

    int markRead(@Param("id") long id, @Param("recipient") String recipient);

    List<Notice> findByStatus(@Param("status") NoticeStatus status, @Param("offset") long offset, @Param("limit") int limit);

    long countByStatus(@Param("status") NoticeStatus status);

    /**
     * Up to {@code limit} pending notices that are due and not held by a live lease, locked; rows another
     * worker has locked are skipped, not waited for.
     */
    List<Long> lockDue(@Param("limit") int limit);

    /** Holds the notices for {@code leaseMs} and counts the attempt. */
    int claim(@Param("ids") Collection<Long> ids, @Param("leaseMs") long leaseMs);

    int markSent(@Param("id") long id);

    /** Replaces a sent notice's bodies, e.g. to take a one-time link out of what is kept. */
    int redact(@Param("id") long id, @Param("textBody") String textBody, @Param("htmlBody") String htmlBody);

    /** A failed attempt: due again after {@code delayMs}. */
    int markRetry(@Param("id") long id, @Param("error") String error, @Param("delayMs") long delayMs);

    int markFailed(@Param("id") long id, @Param("error") String error);

    /** A FAILED notice back to PENDING, due now, with a fresh count of attempts and the account's current address. */
    int resend(@Param("id") long id, @Param("email") String email);

    /** The active users of an organisation: its applicant accounts. */
    List<Recipient> organisationUsers(@Param("organisationId") long organisationId);

    /** The active staff accounts holding one of the roles. */
    List<Recipient> staffWithRoles(@Param("roles") Collection<String> roles);

    Optional<Recipient> account(@Param("username") String username);

    int setLanguage(@Param("username") String username, @Param("language") String language);

    /** 1 for the one caller that claims the day's digest, 0 for every other. */
    int claimDigestDay(@Param("day") LocalDate day);
}
