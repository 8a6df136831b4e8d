package vn.subsidyflow.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the trail. Statuses are the dossier's before and after, when the action moved it.
 * {@code detail} is the sentence as written (a person's comment, or an older row's English note);
 * {@code facts} are the named values the action had ({@link AuditFacts}), null on rows written
 * before the trail kept them.
 */
public record AuditEvent(Long id, Long applicationId, String actor, String action, String fromStatus,
                         String toStatus, String detail, String remoteAddress, Instant occurredAt,
                         Map<String, Object> facts) {

    /** A row without facts. */
    public AuditEvent(Long id, Long applicationId, String actor, String action, String fromStatus, String toStatus,
                      String detail, String remoteAddress, Instant occurredAt) {
        this(id, applicationId, actor, action, fromStatus, toStatus, detail, remoteAddress, occurredAt, null);
    }
}
