package vn.subsidyflow.deadline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing the deadline watch did to a dossier ({@code kind}: STEP_OVERDUE, LAPSE_APPROACHING,
 * EVIDENCE_REMINDED, EVIDENCE_ESCALATED), and the appointment move it made, if any.
 */
public record DeadlineActionTaken(String kind, String subject, String stepKey, Instant dueAt, Instant actedAt,
                                  LocalDate appointmentBefore, LocalDate appointmentAfter) {
}
