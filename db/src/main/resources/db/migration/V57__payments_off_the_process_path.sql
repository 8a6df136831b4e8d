-- A dossier paid in full by a payment batch is PAID in the ordering transaction; ending its process
-- (completing the `payment` task, about 30 of the engine's statements per dossier) is left to a job
-- that runs after, so ordering the money does not wait for it. Each row is one such process still to
-- close: written in the ordering chunk's transaction, claimed in bounded batches with
-- FOR UPDATE SKIP LOCKED by any node, deleted when its process is closed, and pushed back (attempts,
-- next_attempt_at, last_failure) when closing it fails, so it is retried and never forgotten.
CREATE TABLE paid_process (
    application_id      BIGINT       NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64)  NOT NULL,
    attempts            INT          NOT NULL DEFAULT 0,
    next_attempt_at     DATETIME(3)  NOT NULL,
    last_failure        VARCHAR(500) NULL,
    created_at          DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_paid_process_due ON paid_process (next_attempt_at, application_id);

-- The inbox's total (X-Total-Count of the default page: my tasks and my groups' unclaimed ones) used
-- to be a COUNT(*) over the user's queues on every page. Each queue now keeps its count: kind 'U' is
-- one user's claimed tasks (name = assignee), kind 'G' one group's unclaimed tasks (name = the
-- candidate group), as the default page reads them. The triggers below keep the counts in the same
-- statement as the open_task row, so no writer — the projector, a closure, a withdrawal — can forget
-- them, at no extra round trip. A queue is split in 16 stripes by the task's id, so transactions
-- opening tasks in one busy queue seldom wait for each other; each stripe counts exactly the queue's
-- tasks whose id falls in it, so a stripe never goes below zero. Inbox.recount repairs any drift.
CREATE TABLE open_task_count (
    kind   CHAR(1)     NOT NULL,
    name   VARCHAR(60) NOT NULL,
    stripe TINYINT     NOT NULL,
    tasks  BIGINT      NOT NULL,
    PRIMARY KEY (kind, name, stripe)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO open_task_count (kind, name, stripe, tasks)
SELECT IF(assignee IS NULL, 'G', 'U'), COALESCE(assignee, candidate_group, ''), CRC32(task_id) % 16, COUNT(*)
FROM open_task
GROUP BY 1, 2, 3;

-- One-statement trigger bodies: no DELIMITER, the same on MariaDB 11 and MySQL 8.
CREATE TRIGGER open_task_counted AFTER INSERT ON open_task FOR EACH ROW
    INSERT INTO open_task_count (kind, name, stripe, tasks)
    VALUES (IF(NEW.assignee IS NULL, 'G', 'U'), COALESCE(NEW.assignee, NEW.candidate_group, ''), CRC32(NEW.task_id) % 16, 1)
    ON DUPLICATE KEY UPDATE tasks = tasks + 1;

CREATE TRIGGER open_task_uncounted AFTER DELETE ON open_task FOR EACH ROW
    UPDATE open_task_count SET tasks = tasks - 1
    WHERE kind = IF(OLD.assignee IS NULL, 'G', 'U') AND name = COALESCE(OLD.assignee, OLD.candidate_group, '')
      AND stripe = CRC32(OLD.task_id) % 16;

-- A claim or unclaim moves the task from one queue to the other (same stripe: same task id).
CREATE TRIGGER open_task_recounted AFTER UPDATE ON open_task FOR EACH ROW
    INSERT INTO open_task_count (kind, name, stripe, tasks)
    SELECT moved.kind, moved.name, CRC32(NEW.task_id) % 16, moved.delta
    FROM (SELECT IF(OLD.assignee IS NULL, 'G', 'U') AS kind, COALESCE(OLD.assignee, OLD.candidate_group, '') AS name, -1 AS delta
          UNION ALL
          SELECT IF(NEW.assignee IS NULL, 'G', 'U'), COALESCE(NEW.assignee, NEW.candidate_group, ''), 1) moved
    WHERE NOT (OLD.assignee <=> NEW.assignee AND OLD.candidate_group <=> NEW.candidate_group)
    ON DUPLICATE KEY UPDATE tasks = tasks + VALUES(tasks);
