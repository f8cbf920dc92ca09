-- The transactional outbox of dev.stride.outbox, shipped with the module: every service that
-- depends on it gets this table from its own Flyway run, before the service's own V1.
CREATE TABLE outbox_message (
    id           BIGSERIAL PRIMARY KEY,
    topic        TEXT        NOT NULL,
    message_key  TEXT        NOT NULL,
    event_id     TEXT        NOT NULL,
    event_type   TEXT        NOT NULL,
    event_time   TIMESTAMPTZ NOT NULL,
    payload      TEXT        NOT NULL
);
