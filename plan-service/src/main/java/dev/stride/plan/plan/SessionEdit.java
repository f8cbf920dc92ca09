package dev.stride.plan.plan;

/**
 * The body of an athlete's edit of a session: {@code date} (YYYY-MM-DD) to move it;
 * {@code exerciseId} and {@code alternativeId} to swap an exercise for one of its listed
 * alternatives. Ids and dates travel as text so that each bad value is reported under its field.
 */
public record SessionEdit(String date, String exerciseId, String alternativeId) {
}
