package vn.subsidyflow.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where backups go.
 *
 * @param dir the backups directory; unset (the default): {@code backups} inside the embedded
 *            server's directory ({@code subsidyflow.embedded.dir}), so {@code data/backups}
 */
@ConfigurationProperties("subsidyflow.backup")
public record BackupSettings(String dir) {
}
