-- What an athlete logged, readable back: the set's session, effort, order and source as sent.
ALTER TABLE completed_set
    ADD COLUMN session_id UUID,
    ADD COLUMN rpe        DOUBLE PRECISION,
    ADD COLUMN set_number INT,
    ADD COLUMN source     TEXT;

-- The sync feed (GET /athletes/{id}/changes) orders a set's latest change by the transaction that
-- wrote it, then by a sequence within it, and shows only changes of transactions older than every
-- transaction still running: a cursor that moved past a change can never see an earlier one appear.
CREATE SEQUENCE set_change_seq;
ALTER TABLE completed_set
    ADD COLUMN changed_in xid8   NOT NULL DEFAULT pg_current_xact_id(),
    ADD COLUMN change_seq BIGINT NOT NULL DEFAULT nextval('set_change_seq');
CREATE INDEX completed_set_changes ON completed_set (athlete_id, changed_in, change_seq);
CREATE INDEX completed_set_history ON completed_set (athlete_id, completed_at DESC, event_id DESC);

-- Each plan's latest event as published, for the athlete's export and for linking sessions to the plan.
ALTER TABLE plan ADD COLUMN document JSONB;

-- Exercise aliases, to map names in imported files to the catalog.
ALTER TABLE exercise ADD COLUMN aliases TEXT[] NOT NULL DEFAULT '{}';
