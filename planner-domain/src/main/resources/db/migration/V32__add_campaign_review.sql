-- Campaign life cycle and compliance review (ADR 0071): a campaign marked high-risk needs its own
-- approval before it can become active.

ALTER TABLE campaign
    ADD COLUMN high_risk     BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN risk_note     TEXT,
    ADD COLUMN status        VARCHAR(20) NOT NULL DEFAULT 'PLANNED'
        CONSTRAINT ck_campaign_status
        CHECK (status IN ('PLANNED', 'IN_REVIEW', 'APPROVED', 'ACTIVE', 'COMPLETED', 'CANCELLED')),
    ADD COLUMN submitted_by  BIGINT      REFERENCES app_user (id),
    ADD COLUMN approved_by   BIGINT      REFERENCES app_user (id),
    ADD COLUMN approved_at   TIMESTAMPTZ;
