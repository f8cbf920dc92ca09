package dev.stride.plan.plan;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.stride.plan.generator.Prescribed;
import dev.stride.plan.generator.ScheduledSession;
import jakarta.persistence.EntityManager;

/** The index of which exercises an active plan prescribes or lists as alternatives ({@code plan_exercise}). */
final class PlanExercises {
    private PlanExercises() {
    }

    static void replace(EntityManager em, UUID planId, List<ScheduledSession> schedule) {
        em.createNativeQuery("DELETE FROM plan_exercise WHERE plan_id = ?1").setParameter(1, planId).executeUpdate();
        Set<UUID> exercises = schedule.stream().flatMap(s -> s.exercises().stream())
                .flatMap(e -> Stream.concat(Stream.of(e.exerciseId()), e.alternatives().stream().map(Prescribed.Alternative::exerciseId)))
                .collect(Collectors.toSet());
        for (UUID exercise : exercises) {
            em.createNativeQuery("INSERT INTO plan_exercise (plan_id, exercise_id) VALUES (?1, ?2)")
                    .setParameter(1, planId).setParameter(2, exercise).executeUpdate();
        }
    }

    /** Active plans prescribing or listing any of {@code exercises}, in a stable order. */
    @SuppressWarnings("unchecked")
    static List<UUID> activePlansUsing(EntityManager em, Set<UUID> exercises) {
        return em.createNativeQuery("""
                SELECT DISTINCT p.id FROM plan p JOIN plan_exercise pe ON pe.plan_id = p.id
                WHERE p.status = 'ACTIVE' AND pe.exercise_id IN (?1) ORDER BY p.id""", UUID.class)
                .setParameter(1, exercises).getResultList();
    }
}
