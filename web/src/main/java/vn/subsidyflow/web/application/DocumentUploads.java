package vn.subsidyflow.web.application;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.subsidyflow.application.ApplicationDocument;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * A document sent in a multipart form, by the API and by the upload form alike: the part read once,
 * here, and handed to the engine, which checks its type by its content, its size and the dossier's
 * quota.
 */
@Component
class DocumentUploads {

    private final Applications applications;

    DocumentUploads(Applications applications) {
        this.applications = applications;
    }

    /** The kind as sent in the form field; one that is no document kind is refused by name, with the kinds there are. */
    static DocumentKind kind(String sent) {
        try {
            return DocumentKind.valueOf(sent);
        } catch (IllegalArgumentException e) {
            throw new DomainFailure(FailureCode.INVALID_DOCUMENT_KIND,
                    "'" + sent + "' is not a document kind; use one of " + List.of(DocumentKind.values()), Map.of("field", "kind"));
        }
    }

    /** Adds the file to the dossier; no file, or an empty one, is refused before anything is read. */
    ApplicationDocument add(Actor actor, long applicationId, DocumentKind kind, MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new DomainFailure(FailureCode.EMPTY_DOCUMENT, "Choose a file that is not empty",
                    Map.of("field", "file"));
        }
        return applications.addDocument(actor, applicationId, kind, file.getOriginalFilename(), file.getContentType(),
                file.getBytes());
    }
}
