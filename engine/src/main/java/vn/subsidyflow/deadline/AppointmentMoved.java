package vn.subsidyflow.deadline;

import java.time.LocalDate;

/**
 * The dossier's appointment date moved: {@code apology} when the Department ran late and owes the
 * applicant an apology with the new date (an apology paper), not when the clock merely paused for
 * the applicant.
 */
public record AppointmentMoved(long applicationId, LocalDate previous, LocalDate appointment, boolean apology) {
}
