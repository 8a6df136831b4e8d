package vn.subsidyflow.deadline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A span in which the dossier's clock stood still; {@code resumedAt} is null while it still does.
 * When the resumption moved the appointment, from {@code appointmentBefore} to {@code appointmentAfter}.
 */
public record PausedSpan(long id, long applicationId, PauseReason reason, Instant pausedAt, Instant resumedAt,
                         LocalDate appointmentBefore, LocalDate appointmentAfter) {
}
