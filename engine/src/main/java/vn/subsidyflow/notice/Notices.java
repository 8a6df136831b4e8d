package vn.subsidyflow.notice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.subsidyflow.audit.AuditTrail;
import vn.subsidyflow.database.GeneratedId;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Role;

/**
 * The notices: written into the outbox in the transaction of the change that causes them, one per
 * recipient, rendered in the recipient's language; read back as each user's list of notifications;
 * and, for administrators, the notices whose mail failed, which they may send again.
 */
@Service
@EnableConfigurationProperties(NoticeSettings.class)
public class Notices {

    /** A page of notices and how many there are in all. */
    public record Page(List<Notice> items, long total, int page, int size) {
    }

    public static final int MAX_PAGE_SIZE = 500;

    private final NoticeMapper mapper;
    private final NoticeTemplates templates;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final MailSettings mail;

    Notices(NoticeMapper mapper, NoticeTemplates templates, Transactions transactions, AuditTrail audit, MailSettings mail) {
        this.mapper = mapper;
        this.templates = templates;
        this.transactions = transactions;
        this.audit = audit;
        this.mail = mail;
    }

    /**
     * Writes one notice per recipient, rendered from the kind's templates in the recipient's language,
     * as part of the caller's command: it exists exactly when the change that caused it commits. The
     * worker sends it after the commit. Returns the new notices' ids.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> enqueue(NoticeKind kind, Collection<Recipient> recipients, Long applicationId, Long paperId,
                              Map<String, Object> model) {
        List<Long> ids = new ArrayList<>();
        Map<String, Recipient> once = new LinkedHashMap<>();
        recipients.forEach(recipient -> once.putIfAbsent(recipient.username(), recipient));
        for (Recipient recipient : once.values()) {
            Map<String, Object> variables = new LinkedHashMap<>(model);
            variables.put("recipient", recipient);
            NoticeTemplates.Rendered rendered = templates.render(kind, recipient.locale(), variables);
            GeneratedId key = new GeneratedId();
            mapper.insert(new NoticeMapper.Draft(messageId(), kind, recipient.username(), recipient.email(),
                    recipient.locale().getLanguage(), applicationId, paperId, rendered.subject(), rendered.text(),
                    rendered.html()), key);
            ids.add(key.get());
        }
        return ids;
    }

    /** The active users of the organisation: the dossier's applicants. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Recipient> organisationUsers(long organisationId) {
        return mapper.organisationUsers(organisationId);
    }

    /** The active staff holding any of the roles. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Recipient> staffWith(Role... roles) {
        return mapper.staffWithRoles(Arrays.stream(roles).map(Role::name).toList());
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Recipient> account(String username) {
        return mapper.account(username);
    }

    /** The user's notices, newest first. */
    public Page page(String username, int page, int size) {
        int bounded = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        return new Page(mapper.findByRecipient(username, (long) Math.max(page, 0) * bounded, bounded),
                mapper.countByRecipient(username), Math.max(page, 0), bounded);
    }

    public long unreadCount(String username) {
        return mapper.countUnread(username);
    }

    /** Marks the user's notice read; another user's notice is as unknown as one that does not exist. */
    public Notice markRead(String username, long id) {
        return transactions.inTransaction(() -> {
            if (mapper.markRead(id, username) == 0) {
                throw DomainFailure.notFound(FailureCode.NOTICE_NOT_FOUND, id);
            }
            return mapper.find(id).orElseThrow();
        });
    }

    /** Notices whose mail failed every attempt, newest first. */
    public Page failed(int page, int size) {
        int bounded = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        return new Page(mapper.findByStatus(NoticeStatus.FAILED, (long) Math.max(page, 0) * bounded, bounded),
                mapper.countByStatus(NoticeStatus.FAILED), Math.max(page, 0), bounded);
    }

    /**
     * Sends a FAILED notice again (an administrator's decision, kept in the audit trail), to the
     * recipient's current address: a failure for want of an address is mended by adding one.
     */
    public Notice resend(Actor actor, long id) {
        if (!actor.has(Role.ADMIN)) {
            throw new DomainFailure(FailureCode.FORBIDDEN, "Only an administrator resends a notice");
        }
        return transactions.inTransaction(() -> {
            Notice notice = mapper.find(id).orElseThrow(() -> DomainFailure.notFound(FailureCode.NOTICE_NOT_FOUND, id));
            if (notice.status() != NoticeStatus.FAILED) {
                throw new DomainFailure(FailureCode.NOTICE_NOT_FAILED, "Notice " + id + " is " + notice.status()
                        + "; only a FAILED notice is sent again");
            }
            String email = mapper.account(notice.recipient()).map(Recipient::email).orElse(notice.email());
            mapper.resend(id, email);
            audit.record(actor, notice.applicationId(), "NOTICE_RESENT", null, null,
                    "Notice " + id + " (" + notice.kind() + ") to " + notice.recipient() + " sent again; last error: "
                            + notice.lastError());
            return mapper.find(id).orElseThrow();
        });
    }

    /** The language the account reads its notices in: {@code vi} or {@code en}. */
    public void setLanguage(String username, String language) {
        String chosen = "en".equals(language) ? "en" : "vi";
        transactions.run(() -> mapper.setLanguage(username, chosen));
    }

    private String messageId() {
        return "<" + UUID.randomUUID() + "." + System.currentTimeMillis() + "@" + mail.messageIdDomain() + ">";
    }
}
