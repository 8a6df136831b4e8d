package vn.subsidyflow.deadline;

import java.time.LocalDate;

/** The dossier waits for the applicant's supplement and lapses on {@code lapsesOn}, two working days away. */
public record LapseApproaching(long applicationId, LocalDate lapsesOn) {
}
