package dev.stride.plan.generator;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Each exercise's own progression step: the athlete's starting step plus one per earlier
 * training week that had it, so that an exercise rotated out and back resumes where it left. A
 * deload repeats the step before.
 */
final class Progression {
    private final Experience experience;
    private final Map<UUID, Integer> weeksTrained = new HashMap<>();

    Progression(Experience experience) {
        this.experience = experience;
    }

    int step(UUID exercise, boolean deload) {
        int trained = weeksTrained.getOrDefault(exercise, 0);
        return experience.startingStep() + (deload ? Math.max(0, trained - 1) : trained);
    }

    void trained(Collection<UUID> exercisesOfTheWeek) {
        exercisesOfTheWeek.stream().distinct().forEach(id -> weeksTrained.merge(id, 1, Integer::sum));
    }
}
