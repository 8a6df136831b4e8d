-- What each trail row says, as named facts (a JSON object, e.g. {"item":"ISO_9001",
-- "eligibleCostVnd":96000000}) beside its action code, so each reader's page can word it in its
-- own language; `detail` keeps the sentence written until now. TEXT rather than JSON: a JSON
-- column carries a CHECK that would make adding it to a long trail rewrite the table, while a
-- nullable TEXT column is added in place. Only AuditTrail writes it, always valid JSON.
ALTER TABLE audit_event ADD COLUMN facts TEXT NULL;
