package vn.subsidyflow.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A dossier's deadlines as they went: each step taken (opened, due, done, on time or how many working
 * days late), the spans its clock stood still, and the appointment with each of its moves.
 */
public record Timeline(long applicationId, LocalDate appointmentOn, LocalDate firstAppointmentOn, List<StepTaken> steps,
                       List<PausedSpan> pauses, List<Move> moves) {

    /**
     * One step: {@code dueAt} null for a step without a limit; {@code workingDaysLate} counted at
     * {@code doneAt}, or today for a step still open; {@code late} once the due instant passed.
     */
    public record StepTaken(String taskId, String step, Instant openedAt, Instant dueAt, Instant doneAt, String doneBy,
                            boolean late, int workingDaysLate) {
    }

    /** The appointment moved on {@code at}: with an apology when the Department ran late. */
    public record Move(Instant at, LocalDate from, LocalDate to, boolean apology) {
    }
}
