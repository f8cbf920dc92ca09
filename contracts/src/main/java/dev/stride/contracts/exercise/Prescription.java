package dev.stride.contracts.exercise;

/**
 * A default dose of an exercise. Ranges are inclusive; only the range matching the exercise's
 * measurement is set ({@code reps*} for reps, {@code holdSeconds*} for holds and durations,
 * {@code distanceMeters*} for distance). {@code perSide} means the dose is for each side.
 */
public record Prescription(
        int setsMin,
        int setsMax,
        Integer repsMin,
        Integer repsMax,
        Integer holdSecondsMin,
        Integer holdSecondsMax,
        Integer distanceMetersMin,
        Integer distanceMetersMax,
        boolean perSide,
        int restSeconds) {
}
