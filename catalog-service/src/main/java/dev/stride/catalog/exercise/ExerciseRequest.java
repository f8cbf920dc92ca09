package dev.stride.catalog.exercise;

import java.util.List;

import dev.stride.contracts.exercise.Category;
import dev.stride.contracts.exercise.Difficulty;
import dev.stride.contracts.exercise.Equipment;
import dev.stride.contracts.exercise.ExerciseLink;
import dev.stride.contracts.exercise.Laterality;
import dev.stride.contracts.exercise.Measurement;
import dev.stride.contracts.exercise.Muscle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a client sends to create or replace an exercise. Without a slug, one is made from the name.
 * An empty or missing equipment list means bodyweight. List items are checked by {@link ExerciseRules}.
 */
@ConsistentExercise
public record ExerciseRequest(
        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be lowercase words joined by single hyphens")
        @Size(max = 80) String slug,
        @NotBlank @Size(max = 120) String name,
        @Size(max = 20) List<String> aliases,
        @Size(max = 2000) String summary,
        @Size(max = 30) List<String> instructions,
        @Size(max = 20) List<String> cues,
        @Size(max = 20) List<String> safetyNotes,
        @NotEmpty @Size(max = 10) List<Muscle> primaryMuscles,
        @Size(max = 20) List<Muscle> secondaryMuscles,
        @NotNull Category category,
        @Size(max = 10) List<Equipment> equipment,
        @NotNull Laterality laterality,
        @NotNull Measurement measurement,
        @NotNull @Valid PrescriptionRequest prescription,
        Difficulty difficulty,
        @Size(max = 20) List<ExerciseLink> progressions,
        @Size(max = 20) List<ExerciseLink> regressions,
        @Size(max = 2000) String runnerBenefits,
        @Size(max = 2000) String notes) {
}
