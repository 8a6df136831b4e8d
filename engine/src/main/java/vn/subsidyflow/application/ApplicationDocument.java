package vn.subsidyflow.application;

import java.time.Instant;
import vn.subsidyflow.catalog.DocumentKind;

/** A document's metadata; the content is read separately, only when downloaded. */
public record ApplicationDocument(Long id, long applicationId, DocumentKind kind, String fileName, String contentType,
                                  long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {

    /** This document as stored under the id the database gave it. */
    ApplicationDocument withId(long newId) {
        return new ApplicationDocument(newId, applicationId, kind, fileName, contentType, sizeBytes, sha256, uploadedBy,
                uploadedAt);
    }
}
