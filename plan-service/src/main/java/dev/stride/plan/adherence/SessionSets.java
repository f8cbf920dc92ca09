package dev.stride.plan.adherence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import dev.stride.plan.generator.Adaptation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The sets logged against plan sessions ({@code session_set}), each once, and what they say per session. */
@ApplicationScoped
class SessionSets {
    private final EntityManager entityManager;

    SessionSets(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Stores sets new to the table for plans of the same athlete, marks voided ones; returns the plans they touched. */
    Set<UUID> store(LoggedSets.Read read) {
        Set<UUID> touched = new TreeSet<>();
        for (LoggedSets.Logged set : read.sets()) {
            int stored = entityManager.createNativeQuery("""
                    INSERT INTO session_set (event_id, plan_id, session_id, exercise_id, local_date, rpe)
                    SELECT ?1, p.id, ?3, ?4, ?5, ?6 FROM plan p WHERE p.id = ?2 AND p.athlete_id = ?7
                    ON CONFLICT (event_id) DO NOTHING""")
                    .setParameter(1, set.eventId()).setParameter(2, set.planId()).setParameter(3, set.sessionId())
                    .setParameter(4, set.exerciseId()).setParameter(5, set.day())
                    .setParameter(6, set.rpe() == null ? null : BigDecimal.valueOf(set.rpe())).setParameter(7, set.athleteId())
                    .executeUpdate();
            if (stored > 0) {
                touched.add(set.planId());
            }
        }
        for (String voided : read.voided()) {
            touched.addAll(uuids(entityManager.createNativeQuery(
                    "UPDATE session_set SET voided = true WHERE event_id = ?1 AND NOT voided RETURNING plan_id", UUID.class)
                    .setParameter(1, voided).getResultList()));
        }
        return touched;
    }

    /** Per session of the plan: the day of its last set, how many sets, and the exercises logged at RPE 9 or more. */
    Map<UUID, Adaptation.SessionLog> logs(UUID planId) {
        List<?> rows = entityManager.createNativeQuery("""
                SELECT session_id, max(local_date), count(*),
                       coalesce(string_agg(DISTINCT exercise_id::text, ',') FILTER (WHERE rpe >= ?2), '')
                FROM session_set WHERE plan_id = ?1 AND NOT voided GROUP BY session_id""")
                .setParameter(1, planId).setParameter(2, BigDecimal.valueOf(Adaptation.HARD_RPE)).getResultList();
        Map<UUID, Adaptation.SessionLog> logs = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Set<UUID> hard = new HashSet<>();
            for (String id : ((String) columns[3]).split(",")) {
                if (!id.isEmpty()) {
                    hard.add(UUID.fromString(id));
                }
            }
            logs.put((UUID) columns[0], new Adaptation.SessionLog(date(columns[1]), ((Number) columns[2]).intValue(), hard));
        }
        return logs;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    private static List<UUID> uuids(List<?> values) {
        return values.stream().map(UUID.class::cast).toList();
    }
}
