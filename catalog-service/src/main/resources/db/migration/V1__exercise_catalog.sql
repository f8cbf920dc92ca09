-- The exercise catalog. Lists are JSON arrays; the controlled vocabularies are the contract enums' names.
CREATE TABLE exercise (
    id                UUID PRIMARY KEY,
    slug              TEXT        NOT NULL UNIQUE,
    name              TEXT        NOT NULL,
    aliases           JSONB       NOT NULL DEFAULT '[]',
    summary           TEXT,
    instructions      JSONB       NOT NULL DEFAULT '[]',
    cues              JSONB       NOT NULL DEFAULT '[]',
    safety_notes      JSONB       NOT NULL DEFAULT '[]',
    primary_muscles   JSONB       NOT NULL,
    secondary_muscles JSONB       NOT NULL DEFAULT '[]',
    category          TEXT        NOT NULL,
    equipment         JSONB       NOT NULL DEFAULT '[]',
    laterality        TEXT        NOT NULL,
    measurement       TEXT        NOT NULL,
    prescription      JSONB       NOT NULL,
    difficulty        TEXT,
    progressions      JSONB       NOT NULL DEFAULT '[]',
    regressions       JSONB       NOT NULL DEFAULT '[]',
    runner_benefits   TEXT,
    notes             TEXT,
    status            TEXT        NOT NULL,
    version           BIGINT      NOT NULL CHECK (version >= 1),
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    -- The current state as published (ExercisePublished JSON), served as-is by the list endpoint.
    document          TEXT        NOT NULL,
    -- What free-text search (q) looks in, lower-cased once on write rather than on every search.
    search_text       TEXT GENERATED ALWAYS AS
                      (lower(name || ' ' || slug || ' ' || coalesce(summary, '') || ' ' || aliases::text)) STORED
);

CREATE INDEX exercise_status_slug ON exercise (status, slug);
