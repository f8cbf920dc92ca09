package dev.stride.plan.generator;

import java.util.List;
import java.util.UUID;

import dev.stride.contracts.exercise.Category;
import dev.stride.contracts.exercise.Measurement;

/**
 * One exercise of a dated session with its dose. Exactly one of {@code reps}, {@code holdSeconds}
 * and {@code distanceMeters} is set, per side when {@code perSide}; {@code loadKg} is added load.
 * {@code step} is the exercise's own progression step, {@code why} explains this dose this week,
 * and {@code alternatives} are the exercises the athlete may swap it for.
 */
public record Prescribed(
        UUID exerciseId,
        String name,
        long catalogVersion,
        Category category,
        Measurement measurement,
        int step,
        int sets,
        Integer reps,
        Integer holdSeconds,
        Integer distanceMeters,
        Double loadKg,
        boolean perSide,
        int restSeconds,
        List<String> cues,
        String why,
        List<Alternative> alternatives) {

    public Prescribed {
        cues = cues == null ? List.of() : cues;
        why = why == null ? "" : why;
        alternatives = alternatives == null ? List.of() : alternatives; // plans stored before alternatives were listed
    }

    /** An exercise that may take this one's place. */
    public record Alternative(UUID exerciseId, String name) {
    }

    public Prescribed withSets(int count, String reason) {
        return new Prescribed(exerciseId, name, catalogVersion, category, measurement, step, count, reps, holdSeconds,
                distanceMeters, loadKg, perSide, restSeconds, cues, reason, alternatives);
    }

    public Prescribed withAlternatives(List<Alternative> listed) {
        return new Prescribed(exerciseId, name, catalogVersion, category, measurement, step, sets, reps, holdSeconds,
                distanceMeters, loadKg, perSide, restSeconds, cues, why, List.copyOf(listed));
    }
}
