-- When the fact scanner should next look at an athlete: now after new sets, else their next local midnight.
ALTER TABLE athlete ADD COLUMN next_check_at TIMESTAMPTZ NOT NULL DEFAULT now();
CREATE INDEX athlete_next_check ON athlete (next_check_at);

-- The current run of each streak as last published.
CREATE TABLE streak_state (
    athlete_id TEXT NOT NULL,
    kind       TEXT NOT NULL,
    started_on DATE NOT NULL,
    length     INT  NOT NULL,
    through    DATE NOT NULL,
    PRIMARY KEY (athlete_id, kind)
);

-- Weeks published as closed, with the volume last published for them.
CREATE TABLE closed_week (
    athlete_id      TEXT           NOT NULL,
    week_start      DATE           NOT NULL,
    sets            BIGINT         NOT NULL,
    reps            BIGINT         NOT NULL,
    tonnage_kg      NUMERIC(18, 3) NOT NULL,
    hold_seconds    BIGINT         NOT NULL,
    distance_meters NUMERIC(18, 3) NOT NULL,
    active_days     INT            NOT NULL,
    revision        INT            NOT NULL,
    PRIMARY KEY (athlete_id, week_start)
);
