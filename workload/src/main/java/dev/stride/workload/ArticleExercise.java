package dev.stride.workload;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.stride.contracts.exercise.Category;
import dev.stride.contracts.exercise.Difficulty;
import dev.stride.contracts.exercise.Equipment;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.ExerciseStatus;
import dev.stride.contracts.exercise.Laterality;
import dev.stride.contracts.exercise.Measurement;
import dev.stride.contracts.exercise.Muscle;
import dev.stride.contracts.exercise.Prescription;

/**
 * One exercise of the article as the workload performs it: its dose ({@link Prescription}) and,
 * for loaded work, the loads athletes pick ({@code loadsKg}; {@code null} in it means bodyweight).
 * Its id is fixed (derived from the slug) so every run talks about the same exercises.
 */
public record ArticleExercise(String slug, String name, Category category, Measurement measurement,
                              Laterality laterality, List<Muscle> primaryMuscles, List<Muscle> secondaryMuscles,
                              List<Equipment> equipment, Prescription prescription, List<Double> loadsKg) {

    public UUID id() {
        return UUID.nameUUIDFromBytes(("stride-workload:" + slug).getBytes(StandardCharsets.UTF_8));
    }

    /** Performed one side at a time, so an app logs it per side (LEFT, RIGHT) or as BOTH sides. */
    public boolean perSide() {
        return laterality == Laterality.UNILATERAL;
    }

    /** The definition catalog-service would publish, so that progress-service knows the muscles. */
    public ExercisePublished definition(Instant at) {
        return new ExercisePublished(id(), 1, slug, name, List.of(), name + ", from Strength Training for Runners.",
                List.of(), List.of(), List.of(), primaryMuscles, secondaryMuscles, category, equipment, laterality,
                measurement, prescription, Difficulty.BEGINNER, List.of(), List.of(), null, null,
                ExerciseStatus.ACTIVE, at, at);
    }
}
