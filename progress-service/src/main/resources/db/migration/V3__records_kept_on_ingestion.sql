-- personal_record is now kept by the ingestion as sets arrive; the fact scanner keeps here the
-- records as it last announced them, and announces what rose above. Kept records count as announced.
CREATE TABLE announced_record (
    athlete_id  TEXT           NOT NULL,
    exercise_id UUID           NOT NULL,
    kind        TEXT           NOT NULL,
    value       NUMERIC(14, 3) NOT NULL,
    PRIMARY KEY (athlete_id, exercise_id, kind)
);
INSERT INTO announced_record (athlete_id, exercise_id, kind, value)
SELECT athlete_id, exercise_id, kind, value FROM personal_record;
