-- Payment batches (payment orders to the State Treasury), resumable per-payment processing,
-- and stored responses for Idempotency-Key replays.

CREATE TABLE payment_batch (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    description    VARCHAR(300) NULL,
    created_by     VARCHAR(60)  NOT NULL,
    payment_count  INT          NOT NULL,
    total_vnd      BIGINT       NOT NULL,
    created_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT ck_payment_batch_total CHECK (payment_count > 0 AND total_vnd > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A payment is QUEUED in a batch, ORDERED (money moved on the ledger, order sent to the Treasury)
-- by a worker that claims one row at a time, CONFIRMED with the Treasury's reference, or FAILED
-- (nothing moved) when the dossier could no longer be paid.
ALTER TABLE payment
    ADD COLUMN ordered_at DATETIME(3)  NULL AFTER treasury_reference,
    ADD COLUMN failure    VARCHAR(500) NULL AFTER ordered_at,
    ADD CONSTRAINT fk_payment_batch FOREIGN KEY (batch_id) REFERENCES payment_batch (id),
    ADD CONSTRAINT ck_payment_status CHECK (status IN ('QUEUED', 'ORDERED', 'CONFIRMED', 'FAILED'));
CREATE INDEX ix_payment_status ON payment (status, id);
CREATE INDEX ix_payment_batch ON payment (batch_id, id);

-- One row per (user, Idempotency-Key): the request's fingerprint and the response first given,
-- written in the same transaction as the effect, so a replay returns exactly that response.
CREATE TABLE idempotency_record (
    scope            VARCHAR(60)  NOT NULL,
    idempotency_key  VARCHAR(200) NOT NULL,
    fingerprint      CHAR(64)     NOT NULL,
    response_status  INT          NULL,
    response_body    LONGTEXT     NULL,
    created_at       DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (scope, idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_ledger_occurred ON ledger_entry (occurred_at, id);
CREATE INDEX ix_ledger_other_line ON ledger_entry (other_line_id, id);
