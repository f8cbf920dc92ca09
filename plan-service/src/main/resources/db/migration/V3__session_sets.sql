-- What athletes logged against their plans' sessions (from completed-sets): each set once, by its event id.
CREATE TABLE session_set (
    event_id    TEXT PRIMARY KEY,
    plan_id     UUID NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    session_id  UUID NOT NULL,
    exercise_id UUID NOT NULL,
    local_date  DATE NOT NULL,
    rpe         DOUBLE PRECISION,
    voided      BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX session_set_plan ON session_set (plan_id);

-- The last plan week whose adherence has revised the plan (0: none yet).
ALTER TABLE plan ADD COLUMN reviewed_through_week INT NOT NULL DEFAULT 0;
