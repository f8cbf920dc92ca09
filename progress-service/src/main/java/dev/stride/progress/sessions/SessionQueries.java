package dev.stride.progress.sessions;

import dev.stride.progress.history.LoggedSet;

/** The SQL of sessions: groups the athlete's stored sets into sessions, in the database. */
final class SessionQueries {
    /** Sessions of athlete {@code ?} as (session_id, started, ended, local_date, sort key). */
    private static final String SPANS = """
            WITH valid AS (
                SELECT event_id, completed_at, local_date, session_id FROM completed_set
                 WHERE athlete_id = ? AND NOT voided
            ), by_gap AS (
                SELECT completed_at, local_date,
                       CASE WHEN completed_at - lag(completed_at) OVER (ORDER BY completed_at, event_id)
                                 <= interval '90 minutes' THEN 0 ELSE 1 END AS starts,
                       event_id
                  FROM valid WHERE session_id IS NULL
            ), numbered AS (
                SELECT completed_at, local_date, sum(starts) OVER (ORDER BY completed_at, event_id) AS grp FROM by_gap
            ), spans AS (
                SELECT NULL::uuid AS session_id, min(completed_at) AS started, max(completed_at) AS ended,
                       (array_agg(local_date ORDER BY completed_at))[1] AS local_date
                  FROM numbered GROUP BY grp
                UNION ALL
                SELECT session_id, min(completed_at), max(completed_at), (array_agg(local_date ORDER BY completed_at))[1]
                  FROM valid WHERE session_id IS NOT NULL GROUP BY session_id
            )
            SELECT session_id, started, ended, local_date FROM spans
            """;

    /** A page, newest first: from, to (local dates), after (started, key), limit. */
    static final String PAGE = SPANS + """
             WHERE (?::date IS NULL OR local_date >= ?::date) AND (?::date IS NULL OR local_date <= ?::date)
               AND (?::timestamptz IS NULL OR (started, coalesce(session_id::text, '')) < (?::timestamptz, ?::text))
             ORDER BY started DESC, coalesce(session_id::text, '') DESC
             LIMIT ?""";

    /** Every session, oldest first. */
    static final String ALL = SPANS + " ORDER BY started, coalesce(session_id::text, '')";

    /** One session: by its session id, or (session id null) the time-grouped one that started then. */
    static final String ONE = SPANS + """
             WHERE (?::uuid IS NOT NULL AND session_id = ?::uuid)
                OR (?::uuid IS NULL AND session_id IS NULL AND started = ?::timestamptz)""";

    static final String SETS = "SELECT " + LoggedSet.COLUMNS + """
             FROM completed_set
            WHERE athlete_id = ? AND NOT voided AND completed_at BETWEEN ? AND ?
            ORDER BY completed_at, event_id""";

    /** Names an import kept for exercises the catalog does not know. */
    static final String IMPORTED_NAMES =
            "SELECT exercise_id, name FROM imported_exercise WHERE athlete_id = ? AND exercise_id = ANY (?::uuid[])";

    /** The planned sessions with these ids in the athlete's plans with these ids: plan, session, week, date. */
    static final String PLANNED = """
            SELECT p.plan_id, (s->>'sessionId')::uuid, (s->>'week')::int, (s->>'date')::date
              FROM plan p CROSS JOIN jsonb_array_elements(p.document->'sessions') s
             WHERE p.athlete_id = ? AND p.plan_id = ANY (?::uuid[]) AND s->>'sessionId' = ANY (?::text[])""";

    private SessionQueries() {
    }
}
