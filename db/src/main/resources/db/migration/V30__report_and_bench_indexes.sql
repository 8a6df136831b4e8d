-- Covering index for the period report (report.PeriodReportMapper.supported): a range scan on the
-- decision date reads status, year, category, business and amounts from the index alone, so a
-- report over a million dossiers never touches the table rows.
CREATE INDEX ix_application_report ON application
    (decision_date, status, fiscal_year, category, organisation_id, approved_amount_vnd, paid_amount_vnd);
