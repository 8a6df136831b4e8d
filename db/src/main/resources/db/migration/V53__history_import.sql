-- A history import: the Department's earlier supported dossiers, loaded from one file (CSV or XLSX) as
-- closed dossiers. One row per file, kept by the file's SHA-256 so the same file imported again
-- answers the earlier import instead of loading it twice. The file itself is not kept (a 100 000-row
-- file is tens of MB); its name, size and checksum identify it in the audit trail.
CREATE TABLE history_import (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_name              VARCHAR(255) NOT NULL,
    file_bytes             BIGINT       NOT NULL,
    sha256                 CHAR(64)     NOT NULL,
    imported_by            VARCHAR(60)  NOT NULL,
    imported_at            DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    row_count              INT          NOT NULL,
    dossiers               INT          NOT NULL,
    organisations          INT          NOT NULL,
    organisations_created  INT          NOT NULL,
    approved_vnd           BIGINT       NOT NULL,
    paid_vnd               BIGINT       NOT NULL,
    CONSTRAINT uq_history_import_sha256 UNIQUE (sha256),
    CONSTRAINT ck_history_import_counts CHECK (row_count >= 0 AND dossiers >= 0 AND dossiers <= row_count
        AND organisations >= 0 AND organisations_created <= organisations AND paid_vnd >= 0 AND paid_vnd <= approved_vnd)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER history_import_no_delete BEFORE DELETE ON history_import FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'history_import is append-only';

-- Which import brought a dossier in (NULL: filed through the application). An imported dossier has
-- no process instance: it is closed history.
ALTER TABLE application
    ADD COLUMN history_import_id BIGINT NULL,
    ADD CONSTRAINT fk_application_history_import FOREIGN KEY (history_import_id) REFERENCES history_import (id);

-- Ledger entries written by a history import are marked with it, apart from the movements made in
-- the application; the reconciliation counts them like any other entry.
ALTER TABLE ledger_entry ADD COLUMN history_import_id BIGINT NULL;
CREATE INDEX ix_ledger_history_import ON ledger_entry (history_import_id);
