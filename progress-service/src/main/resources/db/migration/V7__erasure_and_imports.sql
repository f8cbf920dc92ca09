-- Athletes erased: what arrives for them later (a replay, a set still in flight) is not stored.
CREATE TABLE erased_athlete (
    athlete_id TEXT PRIMARY KEY,
    request_id UUID        NOT NULL,
    erased_at  TIMESTAMPTZ NOT NULL
);

-- Erasure requests (progress-service takes them) and which services confirmed each. The request
-- keeps the athlete id alone, so that the athlete and the platform can follow it.
CREATE TABLE erasure_request (
    request_id   UUID PRIMARY KEY,
    athlete_id   TEXT        NOT NULL,
    requested_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE erasure_confirmation (
    request_id   UUID        NOT NULL,
    service      TEXT        NOT NULL,
    confirmed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (request_id, service)
);

-- Imports of other apps' CSV files: progress while they run, then the outcome.
CREATE TABLE import_job (
    job_id         UUID PRIMARY KEY,
    athlete_id     TEXT        NOT NULL,
    format         TEXT,
    status         TEXT        NOT NULL,
    unmapped       TEXT        NOT NULL,
    rows_read      BIGINT      NOT NULL DEFAULT 0,
    published      BIGINT      NOT NULL DEFAULT 0,
    refused        BIGINT      NOT NULL DEFAULT 0,
    unmapped_names JSONB       NOT NULL DEFAULT '{}',
    failure        TEXT,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX import_job_athlete ON import_job (athlete_id, created_at);

-- An erasure deletes by athlete from these too (their keys start elsewhere).
CREATE INDEX progress_fact_athlete ON progress_fact (athlete_id);
CREATE INDEX set_void_athlete ON set_void (athlete_id);
-- The first refused rows of each import, with the reason (the count of all is on the job).
CREATE TABLE import_refusal (
    job_id UUID   NOT NULL REFERENCES import_job ON DELETE CASCADE,
    line   BIGINT NOT NULL,
    reason TEXT   NOT NULL,
    PRIMARY KEY (job_id, line)
);
-- Names of exercises an import kept without a catalog match, under an id derived from the name.
CREATE TABLE imported_exercise (
    athlete_id  TEXT NOT NULL,
    exercise_id UUID NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (athlete_id, exercise_id)
);
