package dev.stride.contracts.exercise;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The full current state of one exercise, as published on {@code exercise-definitions}
 * (key = exercise id, compacted). {@code version} only grows; a consumer keeps the highest.
 */
public record ExercisePublished(
        UUID id,
        long version,
        String slug,
        String name,
        List<String> aliases,
        String summary,
        List<String> instructions,
        List<String> cues,
        List<String> safetyNotes,
        List<Muscle> primaryMuscles,
        List<Muscle> secondaryMuscles,
        Category category,
        List<Equipment> equipment,
        Laterality laterality,
        Measurement measurement,
        Prescription prescription,
        Difficulty difficulty,
        List<ExerciseLink> progressions,
        List<ExerciseLink> regressions,
        String runnerBenefits,
        String notes,
        ExerciseStatus status,
        Instant createdAt,
        Instant updatedAt) {

    public static final String TYPE = "stride.exercise.published.v1";
    public static final String SCHEMA = "schemas/exercise-published.v1.schema.json";
}
