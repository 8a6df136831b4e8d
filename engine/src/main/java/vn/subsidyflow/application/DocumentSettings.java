package vn.subsidyflow.application;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How much one dossier may hold ({@link DocumentQuota}).
 *
 * @param maxPerDossier      documents per dossier (default 50)
 * @param maxBytesPerDossier bytes of all its documents together (default 104857600, 100 MB)
 */
@Validated
@ConfigurationProperties("subsidyflow.documents")
public record DocumentSettings(@Min(1) @DefaultValue("50") int maxPerDossier,
                               @Min(1) @DefaultValue("104857600") long maxBytesPerDossier) {
}
