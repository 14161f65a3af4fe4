-- A personal API token can be limited to reading, and can expire.
ALTER TABLE api_token ADD COLUMN read_only BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMPTZ;
