-- Every valid completed set once, by its event id; voided sets stay, marked.
CREATE TABLE completed_set (
    event_id         TEXT PRIMARY KEY,
    athlete_id       TEXT        NOT NULL,
    exercise_id      UUID        NOT NULL,
    completed_at     TIMESTAMPTZ NOT NULL,
    local_date       DATE        NOT NULL,
    time_zone        TEXT        NOT NULL,
    reps             INT,
    load_kg          NUMERIC(10, 3),
    duration_seconds INT,
    distance_meters  NUMERIC(12, 3),
    side             TEXT,
    plan_id          UUID,
    fingerprint      BIGINT      NOT NULL,
    voided           BOOLEAN     NOT NULL
);
CREATE INDEX completed_set_athlete_exercise ON completed_set (athlete_id, exercise_id);

-- Voids, kept even when they arrive before the set they withdraw.
CREATE TABLE set_void (
    voided_event_id TEXT PRIMARY KEY,
    athlete_id      TEXT NOT NULL,
    event_id        TEXT NOT NULL
);

-- The maintained aggregate: volume per athlete, local day and exercise.
CREATE TABLE daily_volume (
    athlete_id      TEXT           NOT NULL,
    day             DATE           NOT NULL,
    exercise_id     UUID           NOT NULL,
    sets            BIGINT         NOT NULL,
    reps            BIGINT         NOT NULL,
    tonnage_kg      NUMERIC(18, 3) NOT NULL,
    hold_seconds    BIGINT         NOT NULL,
    distance_meters NUMERIC(18, 3) NOT NULL,
    PRIMARY KEY (athlete_id, day, exercise_id)
);

-- The time zone of the athlete's latest set: where "today" is.
CREATE TABLE athlete (
    athlete_id   TEXT PRIMARY KEY,
    time_zone    TEXT        NOT NULL,
    zone_seen_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE personal_record (
    athlete_id   TEXT           NOT NULL,
    exercise_id  UUID           NOT NULL,
    kind         TEXT           NOT NULL,
    value        NUMERIC(14, 3) NOT NULL,
    achieved_on  DATE           NOT NULL,
    completed_at TIMESTAMPTZ    NOT NULL,
    event_id     TEXT           NOT NULL,
    PRIMARY KEY (athlete_id, exercise_id, kind)
);

-- Replica of exercise-definitions (highest version wins).
CREATE TABLE exercise (
    exercise_id       UUID PRIMARY KEY,
    version           BIGINT NOT NULL,
    name              TEXT   NOT NULL,
    measurement       TEXT,
    primary_muscles   TEXT[] NOT NULL,
    secondary_muscles TEXT[] NOT NULL
);

-- Replica of plan-events (highest plan version wins).
CREATE TABLE plan (
    plan_id           UUID PRIMARY KEY,
    athlete_id        TEXT    NOT NULL,
    version           BIGINT  NOT NULL,
    cancelled         BOOLEAN NOT NULL,
    start_date        DATE    NOT NULL,
    weeks             INT     NOT NULL,
    sessions_per_week INT     NOT NULL
);
CREATE INDEX plan_athlete ON plan (athlete_id);

CREATE TABLE plan_prescription (
    plan_id     UUID NOT NULL REFERENCES plan ON DELETE CASCADE,
    week        INT  NOT NULL,
    exercise_id UUID NOT NULL,
    sets        INT  NOT NULL,
    PRIMARY KEY (plan_id, week, exercise_id)
);

-- Facts already published on progress-events: each once, whatever is replayed.
CREATE TABLE progress_fact (
    fact_key   TEXT PRIMARY KEY,
    athlete_id TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
