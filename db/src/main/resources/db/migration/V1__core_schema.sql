-- SubsidyFlow business schema. MySQL 8 dialect; also runs on MariaDB 11 (the embedded default).
-- Money is whole đồng in BIGINT. Times are UTC in DATETIME(3). Flowable owns the ACT_* tables.

CREATE TABLE policy_version (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(60)  NOT NULL,
    title           VARCHAR(300) NOT NULL,
    citation        VARCHAR(500) NOT NULL,
    effective_from  DATE         NOT NULL,
    effective_to    DATE         NULL,
    total_vnd       BIGINT       NOT NULL,
    allocated_vnd   BIGINT       NOT NULL DEFAULT 0,
    example         BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_policy_version_code UNIQUE (code),
    version         INT          NOT NULL DEFAULT 0,
    -- The programme total bounds the sum of its allocation lines, kept by a conditional update.
    CONSTRAINT ck_policy_version_total CHECK (total_vnd >= 0 AND allocated_vnd >= 0 AND allocated_vnd <= total_vnd)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE support_item (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    policy_version_id     BIGINT       NOT NULL,
    code                  VARCHAR(60)  NOT NULL,
    category              VARCHAR(40)  NOT NULL,
    name_vi               VARCHAR(300) NOT NULL,
    name_en               VARCHAR(300) NOT NULL,
    rate_pct              INT          NOT NULL,
    cap_vnd               BIGINT       NOT NULL,
    cap_unit              VARCHAR(40)  NOT NULL,
    frequency_limit       INT          NOT NULL,
    required_documents    VARCHAR(500) NOT NULL,
    completion_documents  VARCHAR(500) NOT NULL,
    legal_citation        VARCHAR(500) NOT NULL,
    example               BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at            DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at            DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_support_item_code UNIQUE (policy_version_id, code),
    CONSTRAINT fk_support_item_policy FOREIGN KEY (policy_version_id) REFERENCES policy_version (id),
    CONSTRAINT ck_support_item_rate CHECK (rate_pct BETWEEN 0 AND 100),
    CONSTRAINT ck_support_item_cap CHECK (cap_vnd >= 0),
    CONSTRAINT ck_support_item_frequency CHECK (frequency_limit >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_support_item_code ON support_item (code);

CREATE TABLE organisation (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tax_code             VARCHAR(14)  NOT NULL,
    name                 VARCHAR(300) NOT NULL,
    organisation_type    VARCHAR(30)  NOT NULL,
    address              VARCHAR(500) NOT NULL,
    email                VARCHAR(254) NULL,
    phone                VARCHAR(20)  NULL,
    bank_name            VARCHAR(200) NULL,
    bank_account_number  VARCHAR(40)  NULL,
    bank_account_name    VARCHAR(200) NULL,
    created_at           DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at           DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    version              INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_organisation_tax_code UNIQUE (tax_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username         VARCHAR(60)  NOT NULL,
    password_hash    VARCHAR(200) NOT NULL,
    display_name     VARCHAR(200) NOT NULL,
    email            VARCHAR(254) NULL,
    organisation_id  BIGINT       NULL,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at       DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at       DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id  BIGINT      NOT NULL,
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The dossier aggregate. Updated concurrently by staff and the process engine: guarded by version.
CREATE TABLE application (
    id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id         BIGINT        NOT NULL,
    support_item_id         BIGINT        NOT NULL,
    policy_version_id       BIGINT        NOT NULL,
    support_item_code       VARCHAR(60)   NOT NULL,
    category                VARCHAR(40)   NOT NULL,
    title                   VARCHAR(300)  NOT NULL,
    eligible_cost_vnd       BIGINT        NOT NULL,
    max_support_vnd         BIGINT        NOT NULL,
    recommended_amount_vnd  BIGINT        NULL,
    approved_amount_vnd     BIGINT        NULL,
    paid_amount_vnd         BIGINT        NOT NULL DEFAULT 0,
    status                  VARCHAR(30)   NOT NULL,
    fiscal_year             INT           NULL,
    budget_line_id          BIGINT        NULL,
    process_instance_id     VARCHAR(64)   NULL,
    created_by              VARCHAR(60)   NOT NULL,
    submitted_at            DATETIME(3)   NULL,
    supplement_request      VARCHAR(2000) NULL,
    appraised_by            VARCHAR(60)   NULL,
    appraised_at            DATETIME(3)   NULL,
    appraisal_note          VARCHAR(2000) NULL,
    decided_by              VARCHAR(60)   NULL,
    decided_at              DATETIME(3)   NULL,
    decision_number         VARCHAR(60)   NULL,
    decision_date           DATE          NULL,
    closing_reason          VARCHAR(2000) NULL,
    closed_at               DATETIME(3)   NULL,
    created_at              DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at              DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    version                 INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_application_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_application_support_item FOREIGN KEY (support_item_id) REFERENCES support_item (id),
    CONSTRAINT fk_application_policy FOREIGN KEY (policy_version_id) REFERENCES policy_version (id),
    CONSTRAINT ck_application_amounts CHECK (eligible_cost_vnd >= 0 AND max_support_vnd >= 0
        AND paid_amount_vnd >= 0 AND (approved_amount_vnd IS NULL OR paid_amount_vnd <= approved_amount_vnd))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_application_organisation ON application (organisation_id, id);
CREATE INDEX ix_application_status ON application (status, decision_date, id);
CREATE INDEX ix_application_item ON application (organisation_id, support_item_code, status);

CREATE TABLE application_document (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT       NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    content_type    VARCHAR(120) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    content         LONGBLOB     NOT NULL,
    uploaded_by     VARCHAR(60)  NOT NULL,
    uploaded_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_document_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_document_application ON application_document (application_id, kind);

-- The inbox read model: one row per open user task, kept by a Flowable event listener in the
-- same transaction as the task itself, so inbox queries never touch Flowable's variable tables.
CREATE TABLE open_task (
    task_id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    application_id       BIGINT       NOT NULL,
    process_instance_id  VARCHAR(64)  NOT NULL,
    task_key             VARCHAR(60)  NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    candidate_group      VARCHAR(60)  NULL,
    assignee             VARCHAR(60)  NULL,
    due_at               DATETIME(3)  NULL,
    created_at           DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_open_task_group_due ON open_task (candidate_group, due_at, task_id);
CREATE INDEX ix_open_task_assignee ON open_task (assignee, due_at);
CREATE INDEX ix_open_task_application ON open_task (application_id);

-- One append-only trail of who did what, when, from where, to which dossier.
CREATE TABLE audit_event (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT        NULL,
    actor           VARCHAR(60)   NOT NULL,
    action          VARCHAR(60)   NOT NULL,
    from_status     VARCHAR(30)   NULL,
    to_status       VARCHAR(30)   NULL,
    detail          VARCHAR(2000) NULL,
    remote_address  VARCHAR(64)   NULL,
    occurred_at     DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_audit_application ON audit_event (application_id, id);
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

-- Budget: one line per (policy version, fiscal year, category). Balances change only together
-- with a ledger entry, by a conditional update; the CHECK makes overspending impossible even for
-- a statement that forgets the condition.
CREATE TABLE budget_line (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    policy_version_id  BIGINT      NOT NULL,
    fiscal_year        INT         NOT NULL,
    category           VARCHAR(40) NOT NULL,
    allocated_vnd      BIGINT      NOT NULL DEFAULT 0,
    committed_vnd      BIGINT      NOT NULL DEFAULT 0,
    disbursed_vnd      BIGINT      NOT NULL DEFAULT 0,
    created_at         DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at         DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    version            INT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_budget_line UNIQUE (policy_version_id, fiscal_year, category),
    CONSTRAINT fk_budget_line_policy FOREIGN KEY (policy_version_id) REFERENCES policy_version (id),
    CONSTRAINT ck_budget_line_balance CHECK (allocated_vnd >= 0 AND committed_vnd >= 0 AND disbursed_vnd >= 0
        AND committed_vnd + disbursed_vnd <= allocated_vnd)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ledger_entry (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    line_id          BIGINT        NOT NULL,
    entry_type       VARCHAR(20)   NOT NULL,
    amount_vnd       BIGINT        NOT NULL,
    application_id   BIGINT        NULL,
    other_line_id    BIGINT        NULL,
    actor            VARCHAR(60)   NOT NULL,
    reason           VARCHAR(1000) NULL,
    document_ref     VARCHAR(200)  NULL,
    idempotency_key  VARCHAR(200)  NOT NULL,
    occurred_at      DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_ledger_idempotency UNIQUE (idempotency_key),
    CONSTRAINT fk_ledger_line FOREIGN KEY (line_id) REFERENCES budget_line (id),
    CONSTRAINT ck_ledger_amount CHECK (amount_vnd > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_ledger_line ON ledger_entry (line_id, id);
CREATE INDEX ix_ledger_application ON ledger_entry (application_id);
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_entry is append-only';
CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_entry is append-only';

-- A payment to the beneficiary. (application, tranche) is unique: the same tranche is never paid twice.
CREATE TABLE payment (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id       BIGINT       NOT NULL,
    tranche              INT          NOT NULL,
    amount_vnd           BIGINT       NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    batch_id             BIGINT       NULL,
    bank_name            VARCHAR(200) NULL,
    bank_account_number  VARCHAR(40)  NULL,
    bank_account_name    VARCHAR(200) NULL,
    treasury_reference   VARCHAR(100) NULL,
    idempotency_key      VARCHAR(200) NOT NULL,
    created_by           VARCHAR(60)  NOT NULL,
    confirmed_at         DATETIME(3)  NULL,
    created_at           DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at           DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    version              INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_payment_tranche UNIQUE (application_id, tranche),
    CONSTRAINT uq_payment_idempotency UNIQUE (idempotency_key),
    CONSTRAINT fk_payment_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT ck_payment_amount CHECK (amount_vnd > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Public holidays and swap days, maintained by an administrator (never computed: lunar dates
-- and announced swaps are decided each year).
CREATE TABLE holiday (
    day         DATE         NOT NULL PRIMARY KEY,
    name_vi     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    created_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
