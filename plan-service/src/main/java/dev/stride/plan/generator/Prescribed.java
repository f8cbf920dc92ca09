package dev.stride.plan.generator;

import java.util.List;
import java.util.UUID;

import dev.stride.contracts.exercise.Category;
import dev.stride.contracts.exercise.Measurement;

/**
 * One exercise of a dated session with its dose. Exactly one of {@code reps}, {@code holdSeconds}
 * and {@code distanceMeters} is set, per side when {@code perSide}; {@code loadKg} is added load.
 */
public record Prescribed(
        UUID exerciseId,
        String name,
        long catalogVersion,
        Category category,
        Measurement measurement,
        int sets,
        Integer reps,
        Integer holdSeconds,
        Integer distanceMeters,
        Double loadKg,
        boolean perSide,
        int restSeconds,
        List<String> cues) {
}
