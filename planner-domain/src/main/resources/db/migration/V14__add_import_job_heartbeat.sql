-- The worker running an import touches its job every few seconds; a RUNNING job whose heartbeat
-- stopped was interrupted (the instance stopped): the next start marks it FAILED. Its transaction
-- never committed, so nothing of it is stored.
ALTER TABLE import_job ADD COLUMN heartbeat_at TIMESTAMPTZ;
ALTER TABLE import_job ALTER COLUMN progress TYPE INTEGER;
