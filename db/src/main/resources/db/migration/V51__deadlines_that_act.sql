-- Deadlines that act.

-- The spans in which the processing clock stood still because the dossier waited for the applicant
-- (a supplement, the intellectual-property evidence): the appointment moves by the working days of
-- each span, and the timeline shows them. An open span has no resumed_at.
CREATE TABLE paused_span (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT       NOT NULL,
    reason          VARCHAR(30)  NOT NULL,
    paused_at       DATETIME(3)  NOT NULL,
    resumed_at      DATETIME(3)  NULL,
    -- The appointment before and after the resumption moved it (null: it did not move).
    appointment_before DATE      NULL,
    appointment_after  DATE      NULL,
    CONSTRAINT fk_paused_span_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT ck_paused_span_order CHECK (resumed_at IS NULL OR resumed_at >= paused_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_paused_span_application ON paused_span (application_id, paused_at);

-- What the deadline watch did once and must never do again, on any node: a step escalated
-- (STEP_OVERDUE, keyed by the task), a lapse announced (LAPSE_APPROACHING, keyed by the supplement
-- task), the evidence reminder and its escalation (keyed by the dossier). The unique key is the
-- claim: whichever node inserts the row first acts, the others insert nothing.
CREATE TABLE deadline_action (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT       NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    subject         VARCHAR(64)  NOT NULL,
    step_key        VARCHAR(40)  NULL,
    due_at          DATETIME(3)  NULL,
    acted_at        DATETIME(3)  NOT NULL,
    appointment_before DATE      NULL,
    appointment_after  DATE      NULL,
    CONSTRAINT uq_deadline_action UNIQUE (kind, subject),
    CONSTRAINT fk_deadline_action_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_deadline_action_application ON deadline_action (application_id, acted_at);

-- The overdue watch reads open staff tasks by due date across every group.
CREATE INDEX ix_open_task_due ON open_task (due_at, task_id);
