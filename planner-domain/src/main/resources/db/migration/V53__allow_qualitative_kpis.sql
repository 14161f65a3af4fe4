-- KPIs whose aim a plan states only in words (003: "显著提升", "行业领先水平"; 001's capability
-- KPIs; 000's annual attainment): no target type and no target, the aim in words, and a status
-- someone assesses.

ALTER TABLE kpi ALTER COLUMN target_type DROP NOT NULL;
ALTER TABLE kpi ALTER COLUMN target DROP NOT NULL;
ALTER TABLE kpi ADD CONSTRAINT ck_kpi_target_with_type CHECK ((target_type IS NULL) = (target IS NULL));
ALTER TABLE kpi ADD COLUMN aim TEXT;
ALTER TABLE kpi ADD COLUMN qualitative_status VARCHAR(20) NOT NULL DEFAULT 'NOT_ASSESSED'
    CHECK (qualitative_status IN ('NOT_ASSESSED', 'OFF_TRACK', 'AT_RISK', 'ON_TRACK'));
