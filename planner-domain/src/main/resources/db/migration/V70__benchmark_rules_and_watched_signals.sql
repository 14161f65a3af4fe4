-- Allocation rules that compare a channel metric with a benchmark (002 §6.2: a channel whose
-- LTV is above the industry average may get a larger share) and risk triggers that watch a
-- signal without a threshold (000 §6.4: 异常流量波动, 价格异常变动; 002 §4.3: 负面情绪指数).

-- BENCHMARK_RAISE: the metric, the benchmark as a value or as the benchmark of a KPI of the
-- plan (or neither: only the words, "not stated"), and the percentage points the share may
-- rise by when stated.
ALTER TABLE allocation_rule DROP CONSTRAINT allocation_rule_kind_check;
ALTER TABLE allocation_rule ADD CONSTRAINT allocation_rule_kind_check
    CHECK (kind IN ('MIN_SHARE', 'MAX_SHARE', 'FIXED_SHARE', 'RESERVE', 'CHANNEL_CAP', 'ROI_FLOOR',
                    'SALES_YIELD_FLOOR', 'OVERSPEND_FREEZE', 'BENCHMARK_RAISE'));
ALTER TABLE allocation_rule ADD COLUMN metric VARCHAR(30)
    CHECK (metric IN ('LTV', 'ROI', 'CAC', 'AOV', 'CONVERSION_RATE'));
ALTER TABLE allocation_rule ADD COLUMN benchmark_value NUMERIC(19, 6) CHECK (benchmark_value >= 0);
ALTER TABLE allocation_rule ADD COLUMN benchmark_kpi_id BIGINT REFERENCES kpi (id) ON DELETE SET NULL;
ALTER TABLE allocation_rule ADD COLUMN benchmark_text VARCHAR(200);
ALTER TABLE allocation_rule ADD COLUMN share_raise NUMERIC(9, 4) CHECK (share_raise >= 0 AND share_raise <= 100);
ALTER TABLE allocation_rule ADD CONSTRAINT allocation_rule_benchmark_shape
    CHECK ((kind = 'BENCHMARK_RAISE') = (metric IS NOT NULL)
           AND NOT (benchmark_value IS NOT NULL AND benchmark_kpi_id IS NOT NULL));
CREATE INDEX ix_allocation_rule_benchmark_kpi ON allocation_rule (benchmark_kpi_id);

-- SIGNAL: a trigger that names what to watch but states no line; only it may have no value.
ALTER TABLE risk_trigger DROP CONSTRAINT risk_trigger_condition_check;
ALTER TABLE risk_trigger ADD CONSTRAINT risk_trigger_condition_check
    CHECK (condition IN ('ABOVE', 'BELOW', 'BETWEEN', 'CHANGE_BEYOND', 'SIGNAL'));
ALTER TABLE risk_trigger ALTER COLUMN value DROP NOT NULL;
ALTER TABLE risk_trigger ADD CONSTRAINT risk_trigger_value_unless_signal
    CHECK ((condition = 'SIGNAL') = (value IS NULL));
