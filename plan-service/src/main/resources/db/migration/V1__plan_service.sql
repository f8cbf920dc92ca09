-- The catalog replica: the highest version of each exercise seen on exercise-definitions.
CREATE TABLE catalog_exercise (
    id            UUID PRIMARY KEY,
    version       BIGINT      NOT NULL,
    status        TEXT        NOT NULL,
    body          TEXT        NOT NULL,
    replicated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX catalog_exercise_active ON catalog_exercise (status);

CREATE TABLE plan (
    id          UUID PRIMARY KEY,
    athlete_id  TEXT        NOT NULL,
    version     BIGINT      NOT NULL,
    status      TEXT        NOT NULL,
    time_zone   TEXT        NOT NULL,
    request     TEXT        NOT NULL,
    schedule    TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX plan_by_athlete ON plan (athlete_id, created_at);

-- Which exercises an active plan prescribes, so a catalog change finds the plans it affects.
CREATE TABLE plan_exercise (
    plan_id     UUID NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    exercise_id UUID NOT NULL,
    PRIMARY KEY (plan_id, exercise_id)
);
CREATE INDEX plan_exercise_by_exercise ON plan_exercise (exercise_id);
