-- The language an account reads its notices in: Vietnamese unless the account says English.
ALTER TABLE app_user ADD COLUMN language VARCHAR(5) NOT NULL DEFAULT 'vi' AFTER position;

-- The outbox of notices: one row per recipient, written in the transaction of the change that causes
-- it (so a notice exists exactly when its cause committed), sent afterwards by a worker on any node.
-- The bodies are rendered when the row is written, so what is sent is what was true then. The same
-- rows are the recipient's in-app list (unread while read_at is null).
CREATE TABLE notice (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- The mail's Message-ID: a resend after a crash carries the same one, so it is recognisable.
    message_id       VARCHAR(200)  NOT NULL,
    kind             VARCHAR(40)   NOT NULL,
    recipient        VARCHAR(60)   NOT NULL,
    email            VARCHAR(254)  NULL,
    locale           VARCHAR(5)    NOT NULL,
    application_id   BIGINT        NULL,
    paper_id         BIGINT        NULL,
    subject          VARCHAR(300)  NOT NULL,
    text_body        MEDIUMTEXT    NOT NULL,
    html_body        MEDIUMTEXT    NOT NULL,
    status           VARCHAR(10)   NOT NULL DEFAULT 'PENDING',
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(3)   NOT NULL,
    -- A worker that took the row to send it holds it until then; if it dies, the row is due again after.
    claimed_until    DATETIME(3)   NULL,
    last_error       VARCHAR(1000) NULL,
    sent_at          DATETIME(3)   NULL,
    read_at          DATETIME(3)   NULL,
    created_at       DATETIME(3)   NOT NULL,
    updated_at       DATETIME(3)   NOT NULL,
    CONSTRAINT uq_notice_message_id UNIQUE (message_id),
    CONSTRAINT ck_notice_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT ck_notice_attempts CHECK (attempts >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_notice_due ON notice (status, next_attempt_at);
CREATE INDEX ix_notice_recipient ON notice (recipient, id);

-- One staff digest per working day, however many nodes wake for it: the node that inserts the day's
-- row sends it; the others find the row there.
CREATE TABLE notice_digest (
    digest_day  DATE         NOT NULL PRIMARY KEY,
    created_at  DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
