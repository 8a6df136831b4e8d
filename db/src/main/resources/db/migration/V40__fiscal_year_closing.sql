-- A programme's fiscal year closed by the year-end closing. Its lines then take no new commitment
-- or transfer: the closing carried or released every commitment and waitlisted dossier, and a
-- commitment or transfer made afterwards would sit on a year nobody settles any more. Append-only,
-- like the ledger: a closed year is not reopened.
CREATE TABLE fiscal_year_closing (
    policy_version_id  BIGINT       NOT NULL,
    fiscal_year        INT          NOT NULL,
    closed_by          VARCHAR(60)  NOT NULL,
    document_ref       VARCHAR(200) NOT NULL,
    closed_at          DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (policy_version_id, fiscal_year),
    CONSTRAINT fk_fiscal_year_closing_policy FOREIGN KEY (policy_version_id) REFERENCES policy_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER fiscal_year_closing_no_update BEFORE UPDATE ON fiscal_year_closing FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'fiscal_year_closing is append-only';
CREATE TRIGGER fiscal_year_closing_no_delete BEFORE DELETE ON fiscal_year_closing FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'fiscal_year_closing is append-only';
