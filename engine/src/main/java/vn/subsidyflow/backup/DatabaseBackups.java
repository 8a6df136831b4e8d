package vn.subsidyflow.backup;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.subsidyflow.database.EmbeddedDatabaseSettings;
import vn.subsidyflow.db.ServerTools;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Role;

/**
 * Consistent backups of the application's schema with the server's own dump tool
 * ({@code mariadb-dump --single-transaction}, shipped with the embedded server): one snapshot of
 * every table — dossiers, ledger and budget lines agree with each other — taken while the
 * application keeps working. Files go to {@code subsidyflow.backup.dir} (default: {@code backups}
 * inside the embedded database's directory); restoring one is {@code vn.subsidyflow.db.RestoreBackup}
 * (see README, "Backups").
 */
@Service
@EnableConfigurationProperties(BackupSettings.class)
public class DatabaseBackups {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackups.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final Path directory;
    private final Clock clock;
    /** One backup at a time: a second would only compete for the same disk. */
    private final ReentrantLock running = new ReentrantLock();

    public DatabaseBackups(DataSource dataSource, BackupSettings settings, EmbeddedDatabaseSettings embedded, Clock clock) {
        this.dataSource = dataSource;
        this.directory = (settings.dir() != null ? Path.of(settings.dir()) : Path.of(embedded.dir(), "backups")).toAbsolutePath();
        this.clock = clock;
    }

    /** A finished backup file. */
    public record Backup(String file, Path path, long bytes, String sha256, Instant takenAt, long tookMs) {
    }

    /** Takes a backup now; administrators only. */
    public Backup take(Actor actor) {
        if (!actor.hasAny(Role.ADMIN)) {
            throw new DomainFailure(FailureCode.FORBIDDEN, "Only an administrator can take a backup");
        }
        if (!running.tryLock()) {
            throw new DomainFailure(FailureCode.BACKUP_IN_PROGRESS, "A backup is being taken; try again when it is done");
        }
        try {
            Instant now = clock.instant();
            long started = System.nanoTime();
            ServerTools.Target target = target();
            Path file = directory.resolve(target.database() + "-" + NAME.format(now) + ".sql");
            Files.createDirectories(directory);
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            ServerTools.dump(ServerTools.install(directory.resolve(".tools")), target, file);
            Backup backup = new Backup(file.getFileName().toString(), file, Files.size(file), sha256(file), now,
                    (System.nanoTime() - started) / 1_000_000);
            log.info("Backup {} taken by {}: {} bytes in {} ms", backup.file(), actor.username(), backup.bytes(), backup.tookMs());
            return backup;
        } catch (IOException e) {
            log.error("Backup failed", e);
            throw new DomainFailure(FailureCode.BACKUP_FAILED, "The backup could not be taken: " + e.getMessage());
        } finally {
            running.unlock();
        }
    }

    private ServerTools.Target target() {
        if (!(dataSource instanceof HikariDataSource pool)) {
            throw new IllegalStateException("Backups need the application's own connection pool, found " + dataSource.getClass());
        }
        return ServerTools.Target.of(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
