-- The procedure's processing time (thời hạn giải quyết) as data, versioned with the policy: the
-- working days each step may take, the supplement's lapse period and the total from the receipt to
-- the result, which the appointment on the receipt is counted from. A resolution may shorten them,
-- so a new policy version carries its own; a version without a row falls back to the settings
-- (subsidyflow.deadlines.*). Existing versions are seeded with the settings' defaults of today.
CREATE TABLE processing_time (
    policy_version_id       BIGINT      NOT NULL PRIMARY KEY,
    intake_days             INT         NOT NULL,
    supplement_days         INT         NOT NULL,
    appraisal_days          INT         NOT NULL,
    decision_days           INT         NOT NULL,
    verify_completion_days  INT         NOT NULL,
    payment_days            INT         NOT NULL,
    total_days              INT         NOT NULL,
    created_at              DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_processing_time_version FOREIGN KEY (policy_version_id) REFERENCES policy_version (id),
    -- Working days of at most about a year: a zero or a typo would make every dossier late at once.
    CONSTRAINT ck_processing_time_days CHECK (
        intake_days BETWEEN 1 AND 250 AND supplement_days BETWEEN 1 AND 250 AND appraisal_days BETWEEN 1 AND 250
        AND decision_days BETWEEN 1 AND 250 AND verify_completion_days BETWEEN 1 AND 250
        AND payment_days BETWEEN 1 AND 250 AND total_days BETWEEN 1 AND 250)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO processing_time (policy_version_id, intake_days, supplement_days, appraisal_days, decision_days,
                             verify_completion_days, payment_days, total_days)
SELECT id, 5, 10, 10, 5, 5, 5, 20 FROM policy_version;
