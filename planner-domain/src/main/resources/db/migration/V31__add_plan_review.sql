-- The review workflow (ADR 0071): who submitted a plan for review and who approved it, and the
-- revision number (an approved or active plan changes only as a new revision).

ALTER TABLE plan
    ADD COLUMN revision      INTEGER     NOT NULL DEFAULT 1 CONSTRAINT ck_plan_revision CHECK (revision >= 1),
    ADD COLUMN submitted_by  BIGINT      REFERENCES app_user (id),
    ADD COLUMN submitted_at  TIMESTAMPTZ,
    ADD COLUMN approved_by   BIGINT      REFERENCES app_user (id),
    ADD COLUMN approved_at   TIMESTAMPTZ;
