package dev.stride.catalog.exercise;

import java.util.List;

import dev.stride.contracts.exercise.ExercisePublished;

/** One page of exercises in slug order; {@code nextCursor} is absent on the last page. */
public record ExercisePage(List<ExercisePublished> items, String nextCursor) {
}
