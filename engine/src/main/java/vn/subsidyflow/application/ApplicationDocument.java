package vn.subsidyflow.application;

import java.time.Instant;
import vn.subsidyflow.catalog.DocumentKind;

/** A document's metadata; the content is read separately, only when downloaded. */
public record ApplicationDocument(Long id, long applicationId, DocumentKind kind, String fileName, String contentType,
                                  long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
}
