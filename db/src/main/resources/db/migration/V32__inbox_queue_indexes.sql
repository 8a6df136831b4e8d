-- The inbox's default page (issue 5): "the tasks offered to my groups or assigned to me, most
-- urgent first". An OR over groups and assignee cannot be read in due-date order from one index,
-- so every page used to read and sort all the open work of the user's groups. Now the page is a
-- UNION ALL of one index range per queue (my assigned tasks; each group's unclaimed tasks), each
-- already in due-date order and cut at the page's end, so a page reads about
-- (queues x page size) index entries however much open work there is.
--
-- Tasks without a due date come last (as before): due_sort puts them at the end of the range.
ALTER TABLE open_task
    ADD COLUMN due_sort DATETIME(3) AS (COALESCE(due_at, TIMESTAMP '9999-12-31 00:00:00')) STORED;

CREATE INDEX ix_open_task_group_queue ON open_task (candidate_group, assignee, due_sort, task_id);
CREATE INDEX ix_open_task_assignee_queue ON open_task (assignee, due_sort, task_id);

-- Superseded by the two queue indexes above.
DROP INDEX ix_open_task_group_due ON open_task;
DROP INDEX ix_open_task_assignee ON open_task;
