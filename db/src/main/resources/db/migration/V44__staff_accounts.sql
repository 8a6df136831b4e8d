-- Staff accounts are administered in the application: contact details, a temporary password that
-- must be changed at the next sign-in, and a credentials version that every session checks, so a
-- password change or a disabled account ends the sessions opened before it.
ALTER TABLE app_user
    ADD COLUMN phone                    VARCHAR(30)  NULL AFTER email,
    ADD COLUMN position                 VARCHAR(200) NULL AFTER phone,
    ADD COLUMN password_change_required BOOLEAN      NOT NULL DEFAULT FALSE AFTER enabled,
    ADD COLUMN credentials_version      INT          NOT NULL DEFAULT 0 AFTER password_change_required;

-- The trail of an account: who created, changed, disabled or reset it, and from where. Append-only,
-- like the dossiers' audit trail.
CREATE TABLE account_event (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(60)   NOT NULL,
    actor           VARCHAR(60)   NOT NULL,
    action          VARCHAR(60)   NOT NULL,
    detail          VARCHAR(2000) NULL,
    remote_address  VARCHAR(64)   NULL,
    occurred_at     DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_account_event_username ON account_event (username, id);
CREATE TRIGGER account_event_no_update BEFORE UPDATE ON account_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'account_event is append-only';
CREATE TRIGGER account_event_no_delete BEFORE DELETE ON account_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'account_event is append-only';
