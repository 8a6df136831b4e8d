-- Official papers (receipt, request for supplement, refusal, apology, support decision, payment
-- notice) as issued: the PDF itself, its SHA-256 and its number. A paper once issued is a legal
-- record: it is never changed or removed (a corrected paper is a new paper with a new number), so
-- the triggers refuse UPDATE and DELETE as they do for the ledger and the audit trail. SIGNAL in a
-- one-statement trigger body needs no DELIMITER and runs on MariaDB 11 and MySQL 8 alike.
CREATE TABLE paper (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT       NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    year            INT          NOT NULL,
    sequence_no     INT          NOT NULL,
    number          VARCHAR(80)  NOT NULL,
    -- The number as a register key: every kind's own number is unique, but a support decision carries
    -- the approver's decision number, which one collective decision may give to several dossiers.
    unique_number   VARCHAR(80)  AS (CASE WHEN kind = 'DECISION' THEN NULL ELSE number END) STORED,
    issued_at       DATETIME(3)  NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    file_name       VARCHAR(120) NOT NULL,
    language        VARCHAR(10)  NOT NULL,
    pdf             LONGBLOB     NOT NULL,
    CONSTRAINT uq_paper_sequence UNIQUE (kind, year, sequence_no),
    CONSTRAINT uq_paper_number UNIQUE (unique_number),
    CONSTRAINT fk_paper_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT ck_paper_sequence CHECK (sequence_no >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_paper_application ON paper (application_id, id);
CREATE TRIGGER paper_no_update BEFORE UPDATE ON paper FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'paper is immutable: issue a new paper instead';
CREATE TRIGGER paper_no_delete BEFORE DELETE ON paper FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'paper is immutable: issue a new paper instead';

-- The last number given to each kind of paper in each year. Numbering takes the row with
-- INSERT … ON DUPLICATE KEY UPDATE, which locks it until the issuing transaction ends: a second
-- issue waits, then reads the committed number, and a rolled-back issue gives its number back —
-- so numbers per kind and year have no gaps and no duplicates, on any number of nodes.
CREATE TABLE paper_counter (
    kind        VARCHAR(30) NOT NULL,
    year        INT         NOT NULL,
    last_number INT         NOT NULL,
    updated_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (kind, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
