-- The steps a dossier's process opened (its category's sub-process included): when each opened,
-- and when and by whom it was done. Written in the transaction that opens or ends the task, so a
-- dossier's timeline is our own record and the process engine keeps no activity history for it
-- (its history level is `instance`: per lifecycle some thirty ACT_HI_* statements fewer).
CREATE TABLE step_span (
    task_id             VARCHAR(64)  NOT NULL,
    application_id      BIGINT       NOT NULL,
    step_key            VARCHAR(64)  NOT NULL,
    opened_at           DATETIME(3)  NOT NULL,
    done_at             DATETIME(3)  NULL,
    done_by             VARCHAR(255) NULL,
    PRIMARY KEY (task_id),
    KEY ix_step_span_application (application_id, opened_at)
) ENGINE = InnoDB;

-- Back-fill: the user tasks the engine's activity history still holds, so existing dossiers keep
-- their timelines: first the steps of each dossier's own process, then those of its category's
-- sub-process. Driven from application, each ACT_HI_* row found by its indexed process instance id.
-- On a new database Flowable has not created its tables yet (it starts after Flyway), so each
-- statement is prepared only when the engine's history is there. No DELIMITER: the same on
-- MariaDB 11 and MySQL 8.
SET @engine_history = (SELECT COUNT(DISTINCT table_name) FROM information_schema.tables
                       WHERE table_schema = DATABASE() AND table_name IN ('ACT_HI_ACTINST', 'ACT_HI_PROCINST')) = 2;

SET @step_span_backfill = IF(@engine_history,
    'INSERT INTO step_span (task_id, application_id, step_key, opened_at, done_at, done_by)
     SELECT h.TASK_ID_, a.id, h.ACT_ID_, h.START_TIME_, h.END_TIME_, h.ASSIGNEE_
     FROM application a
     JOIN ACT_HI_ACTINST h ON h.PROC_INST_ID_ = a.process_instance_id
     WHERE h.ACT_TYPE_ = ''userTask'' AND h.TASK_ID_ IS NOT NULL',
    'DO 0');
PREPARE step_span_backfill FROM @step_span_backfill;
EXECUTE step_span_backfill;
DEALLOCATE PREPARE step_span_backfill;

SET @step_span_backfill = IF(@engine_history,
    'INSERT INTO step_span (task_id, application_id, step_key, opened_at, done_at, done_by)
     SELECT h.TASK_ID_, a.id, h.ACT_ID_, h.START_TIME_, h.END_TIME_, h.ASSIGNEE_
     FROM application a
     JOIN ACT_HI_PROCINST p ON p.SUPER_PROCESS_INSTANCE_ID_ = a.process_instance_id
     JOIN ACT_HI_ACTINST h ON h.PROC_INST_ID_ = p.PROC_INST_ID_
     WHERE h.ACT_TYPE_ = ''userTask'' AND h.TASK_ID_ IS NOT NULL',
    'DO 0');
PREPARE step_span_backfill FROM @step_span_backfill;
EXECUTE step_span_backfill;
DEALLOCATE PREPARE step_span_backfill;
