package vn.subsidyflow.application;

import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * At most {@code subsidyflow.documents.max-per-dossier} documents (default 50) and
 * {@code subsidyflow.documents.max-bytes-per-dossier} bytes (default 100 MB) per dossier. The
 * caller locks the dossier's row before counting ({@link ApplicationRepository#loadForUpdate}), so
 * two uploads at once cannot both take the last room.
 */
@Component
@EnableConfigurationProperties(DocumentSettings.class)
class DocumentQuota {

    private final ApplicationMapper mapper;
    private final int maxCount;
    private final long maxBytes;

    DocumentQuota(ApplicationMapper mapper, DocumentSettings settings) {
        this.mapper = mapper;
        this.maxCount = settings.maxPerDossier();
        this.maxBytes = settings.maxBytesPerDossier();
    }

    /** Refuses ({@code DOCUMENT_QUOTA_EXCEEDED}) a document that would not fit; the dossier must be locked. */
    void requireRoomFor(long applicationId, long bytes) {
        DocumentUsage usage = mapper.findDocumentUsage(applicationId);
        if (usage.count() + 1 > maxCount || usage.bytes() + bytes > maxBytes) {
            throw new DomainFailure(FailureCode.DOCUMENT_QUOTA_EXCEEDED,
                    "A dossier may hold at most " + maxCount + " documents and " + maxBytes / (1024 * 1024)
                            + " MB in total; it holds " + usage.count() + " documents of " + usage.bytes() + " bytes",
                    Map.of("field", "file", "maxDocuments", maxCount, "maxBytes", maxBytes,
                            "documents", usage.count(), "bytes", usage.bytes()));
        }
    }
}
