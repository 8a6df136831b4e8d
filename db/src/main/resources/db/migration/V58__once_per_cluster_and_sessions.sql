-- Several application nodes share one database. What must run once per cluster (the scheduled
-- ledger reconciliation, the cleanup of expired page sessions) takes a named lock row here first
-- (ShedLock): a node that finds the row held until later skips its turn. Times are the database's
-- UTC clock (UTC_TIMESTAMP), never a node's, so nodes whose clocks drift still agree.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB;

-- Each reconciliation's outcome, scheduled or asked for, so every node's health probe reports the
-- latest one whichever node ran it, and so the log of who reconciled when is kept (one scheduled row
-- a minute for the cluster, pruned after 30 days).
CREATE TABLE ledger_reconciliation (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    checked_at            DATETIME(3)  NOT NULL,
    scheduled             BOOLEAN      NOT NULL,
    node                  VARCHAR(255) NOT NULL,
    line_count            INT          NOT NULL,
    consistent            BOOLEAN      NOT NULL,
    mismatched_lines      TEXT         NOT NULL,
    mismatched_programmes TEXT         NOT NULL,
    duration_ms           BIGINT       NOT NULL,
    PRIMARY KEY (id),
    KEY ix_ledger_reconciliation_checked (checked_at)
) ENGINE = InnoDB;

-- Page sessions in the database (Spring Session JDBC, its MySQL schema as shipped): any node serves
-- any request, and a node that goes away signs nobody out.
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID            CHAR(36)     NOT NULL,
    SESSION_ID            CHAR(36)     NOT NULL,
    CREATION_TIME         BIGINT       NOT NULL,
    LAST_ACCESS_TIME      BIGINT       NOT NULL,
    MAX_INACTIVE_INTERVAL INT          NOT NULL,
    EXPIRY_TIME           BIGINT       NOT NULL,
    PRINCIPAL_NAME        VARCHAR(100),
    PRIMARY KEY (PRIMARY_ID)
) ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID CHAR(36)     NOT NULL,
    ATTRIBUTE_NAME     VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES    BLOB         NOT NULL,
    PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION (PRIMARY_ID) ON DELETE CASCADE
) ENGINE = InnoDB ROW_FORMAT = DYNAMIC;
