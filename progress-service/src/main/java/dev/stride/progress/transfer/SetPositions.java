package dev.stride.progress.transfer;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Counts the sets of each exercise within the current workout, in file order. It forgets a workout once the next
 * one begins, so it holds one workout's exercises at most.
 */
final class SetPositions {

    private final Map<String, Integer> countsByExercise = new HashMap<>();
    private LocalDateTime workoutStart;
    private String workoutTitle;

    /** The 1-based position of this set among the sets of its exercise in its workout. */
    int next(LocalDateTime start, String title, String exercise) {
        if (!start.equals(workoutStart) || !Objects.equals(title, workoutTitle)) {
            countsByExercise.clear();
            workoutStart = start;
            workoutTitle = title;
        }
        return countsByExercise.merge(exercise, 1, Integer::sum);
    }
}
