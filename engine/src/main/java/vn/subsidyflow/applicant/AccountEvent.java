package vn.subsidyflow.applicant;

import java.time.Instant;

/** One line of an account's own trail: who did what to it, and from where. */
public record AccountEvent(Long id, String username, String actor, String action, String detail, String remoteAddress,
                           Instant occurredAt) {
}
