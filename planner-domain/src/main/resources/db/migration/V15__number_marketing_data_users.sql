-- Users of the two large kinds are numbered at import (ADR 0012, docs/data-import.md): the import
-- looks each user id up in its kind's dictionary (new ids get the next numbers, stored in the same
-- transaction as the rows), and the touchpoint and event rows keep only the number. A read of a
-- period then decodes four fixed-width fields per row and renumbers users with an array lookup,
-- instead of hashing millions of user id strings on every computed request.
--
-- One dictionary per kind, because each kind's imports are serialised by that kind's advisory lock:
-- the import that holds it loads the dictionary and is its only writer, so numbers stay unique
-- without any index (an import that brings a million new users stores them after its rows, and an
-- index would make that step slower, for no reader: the analytics never look a user up, the import
-- reads the whole dictionary).

CREATE TABLE touchpoint_user (
    user_no   INTEGER NOT NULL CHECK (user_no > 0),
    user_key  TEXT    NOT NULL
);

CREATE TABLE event_user (
    user_no   INTEGER NOT NULL CHECK (user_no > 0),
    user_key  TEXT    NOT NULL
);

-- Stored rows: users numbered in order of their first stored row, the tables rebuilt in their
-- physical order (so that a read sees the rows, and first sees the users, in the order it did).
INSERT INTO touchpoint_user (user_no, user_key)
SELECT row_number() OVER (ORDER BY first_row), user_id
FROM (SELECT user_id, min(ctid) AS first_row FROM touchpoint GROUP BY user_id) AS users;

CREATE TABLE touchpoint_numbered (
    occurred_at       TIMESTAMPTZ NOT NULL,
    import_job_id     BIGINT      NOT NULL,
    channel_id        INTEGER     NOT NULL,
    user_no           INTEGER     NOT NULL,
    -- null: a plain touch; a number (0 included): a conversion of this value on this touch
    conversion_value  NUMERIC
);
INSERT INTO touchpoint_numbered (occurred_at, import_job_id, channel_id, user_no, conversion_value)
SELECT t.occurred_at, t.import_job_id, t.channel_id, u.user_no, t.conversion_value
FROM touchpoint t JOIN touchpoint_user u ON u.user_key = t.user_id
ORDER BY t.ctid;
DROP TABLE touchpoint;
ALTER TABLE touchpoint_numbered RENAME TO touchpoint;
CREATE INDEX ix_touchpoint_time ON touchpoint USING brin (occurred_at);

INSERT INTO event_user (user_no, user_key)
SELECT row_number() OVER (ORDER BY first_row), user_id
FROM (SELECT user_id, min(ctid) AS first_row FROM user_event GROUP BY user_id) AS users;

CREATE TABLE user_event_numbered (
    occurred_at    TIMESTAMPTZ NOT NULL,
    import_job_id  BIGINT      NOT NULL,
    event_id       INTEGER     NOT NULL,
    user_no        INTEGER     NOT NULL,
    -- an optional breakdown value (device, region, ...)
    property       TEXT
);
INSERT INTO user_event_numbered (occurred_at, import_job_id, event_id, user_no, property)
SELECT e.occurred_at, e.import_job_id, e.event_id, u.user_no, e.property
FROM user_event e JOIN event_user u ON u.user_key = e.user_id
ORDER BY e.ctid;
DROP TABLE user_event;
ALTER TABLE user_event_numbered RENAME TO user_event;
CREATE INDEX ix_user_event_time ON user_event USING brin (occurred_at);
