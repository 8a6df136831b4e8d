package vn.subsidyflow.web.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationDocument;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.audit.AuditEvent;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.catalog.DocumentKind;

/**
 * A dossier as the API shows it, with its history, documents and the tasks the caller may act on;
 * {@code appointmentOn} is the day the receipt promised the result (null while a draft), moved when
 * the clock paused for the applicant or a late step was apologised for.
 */
public record ApplicationResponse(long id, ApplicationStatus status, String supportItemCode, Category category, String title,
                           long organisationId, long eligibleCostVnd, long maxSupportVnd, Long recommendedAmountVnd,
                           Long approvedAmountVnd, long paidAmountVnd, Integer fiscalYear, String decisionNumber,
                           LocalDate decisionDate, Instant submittedAt, String supplementRequest, String closingReason,
                           List<HistoryEntry> history, List<DocumentResponse> documents, List<TaskRef> tasks,
                           boolean filedAtCounter, int unitCount, LocalDate appointmentOn) {

    /** {@code detail} as recorded; {@code text} the event worded in the caller's language ({@link HistoryTexts}). */
    public record HistoryEntry(Instant at, String actor, String action, String fromStatus, String toStatus, String detail,
                               String text) {
    }

    public record DocumentResponse(long id, DocumentKind kind, String fileName, String contentType, long sizeBytes, String sha256,
                            String uploadedBy, Instant uploadedAt) {

        static DocumentResponse of(ApplicationDocument d) {
            return new DocumentResponse(d.id(), d.kind(), d.fileName(), d.contentType(), d.sizeBytes(), d.sha256(),
                    d.uploadedBy(), d.uploadedAt());
        }
    }

    public record TaskRef(String id, String key, String name, Instant dueDate) {
    }

    /** {@code lines}: the view's history as the caller reads it, one line per event in the same order. */
    static ApplicationResponse of(ApplicationView view, List<HistoryLine> lines) {
        Application a = view.application();
        return new ApplicationResponse(a.id(), a.status(), a.supportItemCode(), a.category(), a.title(), a.organisationId(),
                a.eligibleCostVnd(), a.maxSupportVnd(), a.recommendedAmountVnd(), a.approvedAmountVnd(), a.paidAmountVnd(),
                a.fiscalYear(), a.decisionNumber(), a.decisionDate(), a.submittedAt(), a.supplementRequest(), a.closingReason(),
                IntStream.range(0, view.history().size()).mapToObj(i -> entry(view.history().get(i), lines.get(i))).toList(),
                view.documents().stream().map(DocumentResponse::of).toList(),
                view.tasks().stream().map(t -> new TaskRef(t.taskId(), t.taskKey(), t.name(), t.dueAt())).toList(),
                a.filedAtCounter(), a.unitCount(), a.appointmentOn());
    }

    private static HistoryEntry entry(AuditEvent e, HistoryLine line) {
        return new HistoryEntry(e.occurredAt(), e.actor(), e.action(), e.fromStatus(), e.toStatus(), e.detail(), line.sentence());
    }
}
