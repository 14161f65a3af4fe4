-- The audit trail (ADR 0073): who changed what and when, per plan, written by triggers in the same
-- transaction as the change (so there is never a change without its entry, nor an entry without its
-- change), whatever wrote it: JPA, JDBC imports, cascades. The application names the person who acts
-- once per transaction (set_config('planner.actor', username, true)); without it the actor is 'system'.
-- The table is append-only: triggers refuse UPDATE, DELETE and TRUNCATE for every role, and no
-- endpoint writes it.

CREATE TABLE audit_entry (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id         BIGINT       NOT NULL,            -- no foreign key: the trail outlives a deleted plan
    changed_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor           VARCHAR(100) NOT NULL,
    entity          VARCHAR(60)  NOT NULL,
    entity_id       BIGINT,
    entity_label    TEXT,
    action          VARCHAR(10)  NOT NULL CHECK (action IN ('CREATED', 'CHANGED', 'DELETED')),
    field           VARCHAR(100),
    old_value       TEXT,
    new_value       TEXT,
    transaction_id  BIGINT       NOT NULL DEFAULT txid_current()
);
CREATE INDEX ix_audit_entry_plan ON audit_entry (plan_id, id);

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_record();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_record();

CREATE FUNCTION audit_actor() RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT coalesce(nullif(current_setting('planner.actor', true), ''), 'system')
$$;

-- Whether a change of a plan's part goes without its own entry: the part belongs to no plan any more,
-- or it is created together with its plan (a plan made from a template) or deleted with it; the plan's
-- own entry says it all.
CREATE FUNCTION audit_part_of_plan_entry(the_plan BIGINT, operation TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT the_plan IS NULL
        OR (operation = 'DELETE' AND coalesce(current_setting('planner.deleting_plan', true), '') = the_plan::text)
        OR (operation = 'INSERT' AND coalesce(current_setting('planner.creating_plan', true), '') = the_plan::text)
$$;

CREATE FUNCTION audit_mark_plan_deletion() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('planner.deleting_plan', OLD.id::text, true);
    RETURN OLD;
END
$$;

-- A row of a plan's own table: TG_ARGV[0] is the column holding the plan id ('id' for plan itself).
-- Inserts and deletes give one entry; updates one entry per changed column.
CREATE FUNCTION audit_plan_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_row  JSONB := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row  JSONB := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    the_row  JSONB := coalesce(new_row, old_row);
    the_plan BIGINT := (the_row ->> TG_ARGV[0])::BIGINT;
    label    TEXT := coalesce(the_row ->> 'title', the_row ->> 'name', the_row ->> 'heading', the_row ->> 'kind');
    col      TEXT;
BEGIN
    IF TG_TABLE_NAME = 'plan_member' THEN
        SELECT username INTO label FROM app_user WHERE id = (the_row ->> 'user_id')::BIGINT;
    END IF;
    IF TG_TABLE_NAME = 'plan' THEN
        IF TG_OP = 'INSERT' THEN
            PERFORM set_config('planner.creating_plan', the_plan::text, true);
        END IF;
    ELSIF audit_part_of_plan_entry(the_plan, TG_OP) THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        FOR col IN SELECT jsonb_object_keys(new_row) LOOP
            CONTINUE WHEN col IN ('id', 'version', 'created_at', 'updated_at');
            IF new_row -> col IS DISTINCT FROM old_row -> col THEN
                INSERT INTO audit_entry (plan_id, actor, entity, entity_id, entity_label, action, field, old_value, new_value)
                VALUES (the_plan, audit_actor(), TG_TABLE_NAME, (the_row ->> 'id')::BIGINT, label, 'CHANGED', col,
                        old_row ->> col, new_row ->> col);
            END IF;
        END LOOP;
    ELSE
        INSERT INTO audit_entry (plan_id, actor, entity, entity_id, entity_label, action)
        VALUES (the_plan, audit_actor(), TG_TABLE_NAME, (the_row ->> 'id')::BIGINT, label,
                CASE TG_OP WHEN 'INSERT' THEN 'CREATED' ELSE 'DELETED' END);
    END IF;
    RETURN NULL;
END
$$;

-- A row of a collection table (tags, channels, KPIs, dependencies) as a change of its parent:
-- TG_ARGV = parent table, column with the parent id, column with the value, name of the field.
CREATE FUNCTION audit_collection_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    the_row   JSONB := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
    parent_id BIGINT := (the_row ->> TG_ARGV[1])::BIGINT;
    the_plan  BIGINT;
    label     TEXT;
BEGIN
    EXECUTE format('SELECT plan_id, coalesce(to_jsonb(p) ->> ''title'', to_jsonb(p) ->> ''name'') FROM %I p WHERE id = $1',
                   TG_ARGV[0])
        INTO the_plan, label USING parent_id;
    IF audit_part_of_plan_entry(the_plan, TG_OP) THEN
        RETURN NULL;   -- the parent is gone (its own entry says so), or comes or goes with its plan
    END IF;
    INSERT INTO audit_entry (plan_id, actor, entity, entity_id, entity_label, action, field, old_value, new_value)
    VALUES (the_plan, audit_actor(), TG_ARGV[0], parent_id, label, 'CHANGED', TG_ARGV[3],
            CASE WHEN TG_OP = 'DELETE' THEN the_row ->> TG_ARGV[2] END,
            CASE WHEN TG_OP = 'INSERT' THEN the_row ->> TG_ARGV[2] END);
    RETURN NULL;
END
$$;

CREATE TRIGGER plan_deletion_marker BEFORE DELETE ON plan
    FOR EACH ROW EXECUTE FUNCTION audit_mark_plan_deletion();

CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON plan
    FOR EACH ROW EXECUTE FUNCTION audit_plan_row('id');
CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON plan_member
    FOR EACH ROW EXECUTE FUNCTION audit_plan_row('plan_id');
CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON plan_section
    FOR EACH ROW EXECUTE FUNCTION audit_plan_row('plan_id');
CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON goal
    FOR EACH ROW EXECUTE FUNCTION audit_plan_row('plan_id');
CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON kpi
    FOR EACH ROW EXECUTE FUNCTION audit_plan_row('plan_id');
CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON budget_line
    FOR EACH ROW EXECUTE FUNCTION audit_plan_row('plan_id');
CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON allocation_rule
    FOR EACH ROW EXECUTE FUNCTION audit_plan_row('plan_id');
CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON phase
    FOR EACH ROW EXECUTE FUNCTION audit_plan_row('plan_id');
CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON milestone
    FOR EACH ROW EXECUTE FUNCTION audit_plan_row('plan_id');
CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON risk
    FOR EACH ROW EXECUTE FUNCTION audit_plan_row('plan_id');
CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON campaign
    FOR EACH ROW EXECUTE FUNCTION audit_plan_row('plan_id');

CREATE TRIGGER audit_change AFTER INSERT OR DELETE ON budget_line_tag
    FOR EACH ROW EXECUTE FUNCTION audit_collection_row('budget_line', 'budget_line_id', 'tag', 'tags');
CREATE TRIGGER audit_change AFTER INSERT OR DELETE ON milestone_dependency
    FOR EACH ROW EXECUTE FUNCTION audit_collection_row('milestone', 'milestone_id', 'depends_on_id', 'depends_on');
CREATE TRIGGER audit_change AFTER INSERT OR DELETE ON campaign_channel
    FOR EACH ROW EXECUTE FUNCTION audit_collection_row('campaign', 'campaign_id', 'channel_id', 'channels');
CREATE TRIGGER audit_change AFTER INSERT OR DELETE ON campaign_kpi
    FOR EACH ROW EXECUTE FUNCTION audit_collection_row('campaign', 'campaign_id', 'kpi_id', 'kpis');

-- Measurements and spend are execution records that arrive in bulk (imports): one entry per statement
-- and item, with the number of rows, instead of one per row.
CREATE FUNCTION audit_measurement_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_entry (plan_id, actor, entity, entity_id, entity_label, action, field, new_value)
    SELECT k.plan_id, audit_actor(), 'kpi', k.id, k.name,
           'CHANGED', CASE TG_OP WHEN 'INSERT' THEN 'measurements_added' ELSE 'measurements_removed' END,
           count(*)::TEXT
    FROM changed_rows r JOIN kpi k ON k.id = r.kpi_id
    WHERE NOT audit_part_of_plan_entry(k.plan_id, TG_OP)
    GROUP BY k.plan_id, k.id, k.name;
    RETURN NULL;
END
$$;

CREATE FUNCTION audit_spend_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_entry (plan_id, actor, entity, entity_id, entity_label, action, field, new_value)
    SELECT l.plan_id, audit_actor(), 'budget_line', l.id, l.name,
           'CHANGED', CASE TG_OP WHEN 'INSERT' THEN 'spend_added' ELSE 'spend_removed' END,
           count(*) || ' / ' || sum(r.amount)
    FROM changed_rows r JOIN budget_line l ON l.id = r.budget_line_id
    WHERE NOT audit_part_of_plan_entry(l.plan_id, TG_OP)
    GROUP BY l.plan_id, l.id, l.name;
    RETURN NULL;
END
$$;

CREATE TRIGGER audit_added AFTER INSERT ON kpi_measurement REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit_measurement_rows();
CREATE TRIGGER audit_removed AFTER DELETE ON kpi_measurement REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit_measurement_rows();
CREATE TRIGGER audit_added AFTER INSERT ON actual_spend REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit_spend_rows();
CREATE TRIGGER audit_removed AFTER DELETE ON actual_spend REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit_spend_rows();
