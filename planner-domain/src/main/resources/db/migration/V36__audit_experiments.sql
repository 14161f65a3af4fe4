-- A/B tests (issue 6, V20) belong to a plan: their changes join the plan's audit trail (ADR 0073) like every
-- other plan table. Their variants' figures are recorded through the test itself (experiment_variant rows are
-- replaced with the test, which is audited).
CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON experiment
    FOR EACH ROW EXECUTE FUNCTION audit_plan_row('plan_id');
