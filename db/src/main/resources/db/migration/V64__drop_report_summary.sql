-- The report summary of V31 (report_business, report_support) was kept on every dossier save and by
-- every history import, but nothing has read it since the report tally (V55, by month since V62)
-- answers every period: whole months from the tally, the part-months at a period's edges from the
-- dossiers. Written and never read, it only cost each decision and payment a locking read, a few
-- upserts and a row every decision of a year and category waited on, and each import seconds.
DROP TABLE report_business;
DROP TABLE report_support;
