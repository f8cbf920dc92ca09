package dev.stride.progress.transfer;

import dev.stride.contracts.sets.Side;
import java.time.LocalDateTime;

/**
 * One set as another app's file holds it, in the athlete's local time.
 *
 * @param workoutEnd null if the file does not say
 * @param setOrder 1-based within that exercise in that workout
 * @param side null unless the notes carry the marker {@code side: left|right|both}, which is then removed from the notes
 */
public record ForeignSet(String workoutTitle, LocalDateTime workoutStart, LocalDateTime workoutEnd,
        String exerciseName, int setOrder, SetKind kind,
        Double weightKg, Integer reps, Double distanceMeters, Integer seconds, Double rpe,
        Side side, String notes) {
}
