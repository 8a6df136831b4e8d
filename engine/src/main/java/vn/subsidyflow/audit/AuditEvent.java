package vn.subsidyflow.audit;

import java.time.Instant;

/** One line of the trail. Statuses are the dossier's before and after, when the action moved it. */
public record AuditEvent(Long id, Long applicationId, String actor, String action, String fromStatus,
                         String toStatus, String detail, String remoteAddress, Instant occurredAt) {
}
