package vn.subsidyflow.audit;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.subsidyflow.shared.Actor;

/**
 * Appends to the audit trail inside the caller's transaction ({@code MANDATORY}): the record exists
 * exactly when the change does, and an append without a change to go with it is refused.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AuditTrail {

    private static final int MAX_DETAIL = 2000;

    private final AuditMapper mapper;

    AuditTrail(AuditMapper mapper) {
        this.mapper = mapper;
    }

    public void record(Actor actor, Long applicationId, String action, String fromStatus, String toStatus, String detail) {
        record(actor, applicationId, action, fromStatus, toStatus, detail, null);
    }

    /**
     * Records the action with its named facts ({@link AuditFacts}), which the pages word in the
     * reader's language; {@code detail} stays the plain sentence for the API and older readers.
     */
    public void record(Actor actor, Long applicationId, String action, String fromStatus, String toStatus, String detail,
                       Map<String, Object> facts) {
        String trimmed = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        mapper.insert(new AuditEvent(null, applicationId, actor.username(), action, fromStatus, toStatus, trimmed,
                actor.remoteAddress(), null, facts == null || facts.isEmpty() ? null : facts));
    }

    /** The dossier's history, oldest first. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<AuditEvent> history(long applicationId) {
        return mapper.findByApplication(applicationId);
    }
}
