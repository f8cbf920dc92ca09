-- The webhook sources each athlete connected, with the source's own id of that athlete: a source
-- posts sets only for athletes who connected it. One athlete per user id of a source.
CREATE TABLE source_connection (
    athlete_id   TEXT        NOT NULL,
    source       TEXT        NOT NULL,
    user_id      TEXT        NOT NULL,
    connected_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (athlete_id, source),
    UNIQUE (source, user_id)
);
