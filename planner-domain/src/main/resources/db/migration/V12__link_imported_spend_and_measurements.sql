-- Spend per budget line and KPI measurements can also come from imports: the rows stay in the
-- budget's and the goals' own tables, marked with the import that stored them. An imported row is
-- keyed by line and day (by KPI and period): importing it again stores nothing new. Entries typed on
-- the budget and KPI pages stay separate and unconstrained.

ALTER TABLE actual_spend ADD COLUMN import_job_id BIGINT REFERENCES import_job (id);
CREATE UNIQUE INDEX uk_actual_spend_imported ON actual_spend (budget_line_id, spent_on)
    WHERE import_job_id IS NOT NULL;

ALTER TABLE kpi_measurement ADD COLUMN import_job_id BIGINT REFERENCES import_job (id);
CREATE UNIQUE INDEX uk_kpi_measurement_imported ON kpi_measurement (kpi_id, period_start, period_end)
    WHERE import_job_id IS NOT NULL;
