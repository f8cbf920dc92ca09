-- An app's subscriptions: where to post, which event types, and the state of its endpoint.
CREATE TABLE subscription (
    id                    UUID        PRIMARY KEY,
    client_id             TEXT        NOT NULL,
    url                   TEXT        NOT NULL,
    event_types           TEXT[]      NOT NULL,
    description           TEXT        NOT NULL,
    state                 TEXT        NOT NULL CHECK (state IN ('ACTIVE', 'PAUSED', 'DISABLED')),
    disabled_reason       TEXT,
    secret                TEXT        NOT NULL,
    -- During a rotation the old secret signs too, until it expires
    previous_secret       TEXT,
    previous_secret_until TIMESTAMPTZ,
    created_at            TIMESTAMPTZ NOT NULL,
    -- The dispatcher takes the endpoint up from then on: after a backoff when failing, after a lease while in flight
    ready_at              TIMESTAMPTZ NOT NULL,
    failing_since         TIMESTAMPTZ,
    consecutive_failures  INT         NOT NULL DEFAULT 0
);
CREATE INDEX subscription_of_client ON subscription (client_id, created_at, id);
CREATE INDEX subscription_ready ON subscription (ready_at) WHERE state = 'ACTIVE';

-- Which app each athlete connected, as progress-service announces it on athlete-events.
CREATE TABLE connection (
    athlete_id   TEXT        NOT NULL,
    source       TEXT        NOT NULL,
    client_id    TEXT        NOT NULL,
    connected_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (athlete_id, source)
);
CREATE INDEX connection_of_client ON connection (client_id);

-- The last sequence number given to an athlete's events for one subscription: receivers order by it.
CREATE TABLE athlete_sequence (
    subscription_id UUID   NOT NULL REFERENCES subscription ON DELETE CASCADE,
    athlete_id      TEXT   NOT NULL,
    last_sequence   BIGINT NOT NULL,
    PRIMARY KEY (subscription_id, athlete_id)
);
CREATE INDEX athlete_sequence_of_athlete ON athlete_sequence (athlete_id);

-- One event for one subscription; every attempt sends the same body, made of these columns.
CREATE TABLE delivery (
    id              UUID        PRIMARY KEY,
    subscription_id UUID        NOT NULL REFERENCES subscription ON DELETE CASCADE,
    event_id        TEXT        NOT NULL,
    event_type      TEXT        NOT NULL,
    athlete_id      TEXT,
    sequence        BIGINT,
    occurred_at     TIMESTAMPTZ NOT NULL,
    data            TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    failure         TEXT,
    -- Retries run for a while from here: the event's arrival, or the app's request to deliver it again
    retry_from      TIMESTAMPTZ NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX delivery_due ON delivery (subscription_id, next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_queued ON delivery (subscription_id, created_at, sequence) WHERE status = 'PENDING';
CREATE INDEX delivery_log ON delivery (subscription_id, created_at DESC, id DESC);
CREATE INDEX delivery_of_athlete ON delivery (athlete_id);
-- An athlete's deliveries to one subscription in their order: a later one waits for an earlier one still due later
CREATE INDEX delivery_line ON delivery (subscription_id, athlete_id, sequence) WHERE status = 'PENDING';

-- Every attempt: when, what the endpoint answered (or why there was no answer) and how long it took.
CREATE TABLE delivery_attempt (
    delivery_id  UUID        NOT NULL REFERENCES delivery ON DELETE CASCADE,
    attempt      INT         NOT NULL,
    attempted_at TIMESTAMPTZ NOT NULL,
    status_code  INT,
    latency_ms   INT         NOT NULL,
    error        TEXT,
    PRIMARY KEY (delivery_id, attempt)
);
