package vn.subsidyflow.web.application;

import java.util.List;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationDocument;
import vn.subsidyflow.audit.AuditEvent;
import vn.subsidyflow.review.OpenTask;

/**
 * What one viewer may see of a dossier: the dossier, its papers, its history as that viewer may read
 * it ({@link ApplicationHistory}) and the open tasks that viewer may act on. The API answers with it
 * ({@link ApplicationResponse}) and the pages show it ({@link ApplicationPages}).
 */
public record ApplicationView(Application application, List<ApplicationDocument> documents, List<AuditEvent> history,
                              List<OpenTask> tasks) {
}
