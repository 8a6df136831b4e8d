-- What each trail row says, as named facts (a JSON object, e.g. {"item":"ISO_9001",
-- "eligibleCostVnd":96000000}) beside its action code, so each reader's page can word it in its
-- own language; `detail` keeps the sentence written until now. TEXT rather than JSON: a JSON
-- column carries a CHECK that would make adding it to a long trail rewrite the table, while a
-- nullable TEXT column is added in place. Only AuditTrail writes it, always valid JSON.
ALTER TABLE audit_event ADD COLUMN facts TEXT NULL;

-- The leaders' statistics read ranges of these, grouped in SQL, from the index alone:
-- dossiers received in a period by month, status and category;
CREATE INDEX ix_application_statistics_received ON application (submitted_at, status, category);
-- dossiers settled in a period by month and category, with their appointment day for the on-time rate;
CREATE INDEX ix_application_statistics_settled ON application (closed_at, status, category, appointment_on);
-- steps completed in a period, each paired with the row before it of its dossier (ix_audit_application);
CREATE INDEX ix_audit_statistics_steps ON audit_event (occurred_at, action);
-- open tasks past their due time, by step.
CREATE INDEX ix_open_task_statistics_overdue ON open_task (due_at, task_key);
