package dev.stride.contracts.exercise;

import java.util.UUID;

/** A progression or regression: another exercise of the catalog, or a change in words. */
public record ExerciseLink(UUID exerciseId, String description) {
}
