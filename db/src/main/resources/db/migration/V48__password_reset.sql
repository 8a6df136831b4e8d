-- Forgotten passwords: a link with a single-use token mailed to the account. Only the token's
-- SHA-256 is kept, so a copy of the table opens no account; a token is good for 30 minutes, once.
CREATE TABLE password_reset (
    token_hash   CHAR(64)     NOT NULL PRIMARY KEY,
    username     VARCHAR(60)  NOT NULL,
    expires_at   DATETIME(3)  NOT NULL,
    used_at      DATETIME(3)  NULL,
    created_at   DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_password_reset_username ON password_reset (username);
