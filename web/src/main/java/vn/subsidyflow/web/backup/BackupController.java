package vn.subsidyflow.web.backup;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.backup.DatabaseBackups;
import vn.subsidyflow.shared.Actor;

/** Backups of the database, for administrators. */
@RestController
@RequestMapping("/api/v1/admin/backups")
class BackupController {

    private final DatabaseBackups backups;

    BackupController(DatabaseBackups backups) {
        this.backups = backups;
    }

    /** Where the file lies is the server's business; the administrator gets its name, size and checksum. */
    record BackupResponse(String file, long bytes, String sha256, Instant takenAt, long tookMs) {
    }

    @Operation(summary = "Take a consistent backup of the database now",
            description = "ADMIN only. Dumps the application's schema with the database server's own tool "
                    + "(mariadb-dump --single-transaction: one consistent snapshot, the application keeps working) into "
                    + "the backups directory (subsidyflow.backup.dir, default data/backups). Restore: see README, "
                    + "\"Backups\". Errors: 403 FORBIDDEN, 409 BACKUP_IN_PROGRESS, 503 BACKUP_FAILED.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    BackupResponse take(Actor actor) {
        DatabaseBackups.Backup backup = backups.take(actor);
        return new BackupResponse(backup.file(), backup.bytes(), backup.sha256(), backup.takenAt(), backup.tookMs());
    }
}
