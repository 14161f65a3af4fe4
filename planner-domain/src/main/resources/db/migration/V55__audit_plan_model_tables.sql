-- The plan model's own tables (V50-V54) join the audit trail (ADR 0073: one trigger per plan table,
-- collections as changes of their parent). The trail's functions come with the collaboration
-- migrations (V34); where they are absent (a build without them) there is no trail to join, so this
-- migration creates the triggers only when audit_plan_row exists. Migrations run in version order,
-- so on a new database V34 always precedes this one.
DO $$
BEGIN
    IF to_regprocedure('audit_plan_row()') IS NULL OR to_regprocedure('audit_collection_row()') IS NULL THEN
        RETURN;
    END IF;
    CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON plan_note
        FOR EACH ROW EXECUTE FUNCTION audit_plan_row('plan_id');
    CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON crisis_level
        FOR EACH ROW EXECUTE FUNCTION audit_plan_row('plan_id');
    CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON risk_scenario
        FOR EACH ROW EXECUTE FUNCTION audit_plan_row('plan_id');
    CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON budget_period
        FOR EACH ROW EXECUTE FUNCTION audit_plan_row('plan_id');
    CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON budget_scenario
        FOR EACH ROW EXECUTE FUNCTION audit_plan_row('plan_id');
    CREATE TRIGGER audit_change AFTER INSERT OR DELETE ON risk_trigger
        FOR EACH ROW EXECUTE FUNCTION audit_collection_row('risk', 'risk_id', 'condition', 'triggers');
    CREATE TRIGGER audit_change AFTER INSERT OR DELETE ON risk_crisis_level
        FOR EACH ROW EXECUTE FUNCTION audit_collection_row('risk', 'risk_id', 'crisis_level_id', 'crisis_levels');
    CREATE TRIGGER audit_change AFTER INSERT OR DELETE ON risk_scenario_response
        FOR EACH ROW EXECUTE FUNCTION audit_collection_row('risk_scenario', 'scenario_id', 'response', 'responses');
    CREATE TRIGGER audit_change AFTER INSERT OR DELETE ON budget_scenario_line
        FOR EACH ROW EXECUTE FUNCTION audit_collection_row('budget_scenario', 'scenario_id', 'amount', 'line_amounts');
END
$$;
