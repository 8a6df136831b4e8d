-- A dossier paid in full by a payment batch is PAID in the ordering transaction; ending its process
-- (completing the `payment` task, about 30 of the engine's statements per dossier) is left to a job
-- that runs after, so ordering the money does not wait for it. Each row is one such process still to
-- close: written in the ordering chunk's transaction, claimed in bounded batches with
-- FOR UPDATE SKIP LOCKED by any node, deleted when its process is closed, and pushed back (attempts,
-- next_attempt_at, last_failure) when closing it fails, so it is retried and never forgotten.
CREATE TABLE paid_process (
    application_id      BIGINT       NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64)  NOT NULL,
    attempts            INT          NOT NULL DEFAULT 0,
    next_attempt_at     DATETIME(3)  NOT NULL,
    last_failure        VARCHAR(500) NULL,
    created_at          DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_paid_process_due ON paid_process (next_attempt_at, application_id);

