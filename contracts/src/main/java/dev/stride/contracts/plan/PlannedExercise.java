package dev.stride.contracts.plan;

import java.util.UUID;

/**
 * One exercise of a session with its dose. Exactly one of {@code reps}, {@code holdSeconds} and
 * {@code distanceMeters} is set, per side when {@code perSide}; {@code loadKg} only when load is
 * prescribed.
 */
public record PlannedExercise(
        UUID exerciseId,
        long exerciseVersion,
        String name,
        int sets,
        Integer reps,
        Integer holdSeconds,
        Integer distanceMeters,
        Double loadKg,
        boolean perSide,
        int restSeconds) {
}
