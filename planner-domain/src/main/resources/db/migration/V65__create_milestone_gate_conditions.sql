-- A milestone's gate becomes a list of conditions combined with ALL or ANY (ADR 0092). A condition
-- is a KPI comparison (kpi_id, operator, value; its text says it in words) or a condition in words
-- only, checked by a person (check_state with who and when). The single gate of V4 becomes the
-- first and only condition; a gate whose KPI was deleted keeps its operator and value and cannot
-- be evaluated until it names a KPI again.

ALTER TABLE milestone ADD COLUMN gate_match VARCHAR(3) NOT NULL DEFAULT 'ALL' CHECK (gate_match IN ('ALL', 'ANY'));

CREATE TABLE milestone_gate_condition (
    milestone_id  BIGINT         NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
    position      INTEGER        NOT NULL CHECK (position >= 0),
    kpi_id        BIGINT         REFERENCES kpi (id) ON DELETE SET NULL,
    operator      VARCHAR(2)     CHECK (operator IN ('>=', '<=')),
    value         NUMERIC(30, 6),
    text          VARCHAR(300),
    check_state   VARCHAR(10)    NOT NULL DEFAULT 'OPEN' CHECK (check_state IN ('MET', 'NOT_MET', 'OPEN')),
    checked_by    VARCHAR(200),
    checked_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (milestone_id, position),
    -- a KPI comparison has its operator and value; a condition in words has its text
    CONSTRAINT ck_gate_condition_kind CHECK (
        (operator IS NOT NULL AND value IS NOT NULL) OR (operator IS NULL AND value IS NULL AND kpi_id IS NULL
                                                         AND text IS NOT NULL))
);
CREATE INDEX ix_milestone_gate_condition_kpi ON milestone_gate_condition (kpi_id);

INSERT INTO milestone_gate_condition (milestone_id, position, kpi_id, operator, value, text)
SELECT id, 0, gate_kpi_id, gate_operator, gate_value, gate_text
FROM milestone
WHERE gate_operator IS NOT NULL AND gate_value IS NOT NULL;

INSERT INTO milestone_gate_condition (milestone_id, position, text)
SELECT id, 0, gate_text
FROM milestone
WHERE NOT (gate_operator IS NOT NULL AND gate_value IS NOT NULL) AND gate_text IS NOT NULL;

ALTER TABLE milestone DROP COLUMN gate_kpi_id;
ALTER TABLE milestone DROP COLUMN gate_operator;
ALTER TABLE milestone DROP COLUMN gate_value;
ALTER TABLE milestone DROP COLUMN gate_text;

-- The conditions join the audit trail as a collection of their milestone (like risk_trigger, V55).
DO $$
BEGIN
    IF to_regprocedure('audit_collection_row()') IS NULL THEN
        RETURN;
    END IF;
    CREATE TRIGGER audit_change AFTER INSERT OR DELETE ON milestone_gate_condition
        FOR EACH ROW EXECUTE FUNCTION audit_collection_row('milestone', 'milestone_id', 'text', 'gate_conditions');
END
$$;
