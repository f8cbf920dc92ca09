package dev.stride.plan.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.stride.contracts.exercise.ExercisePublished;

/**
 * A dated strength session of a plan: {@code week} counts from 1, {@code date} is the athlete's
 * local date. {@code rationale} says why this day and which rules it keeps, {@code contents} what it
 * trains and how it uses the time; {@code changes} says what revisions did to it and why, oldest first.
 */
public record ScheduledSession(
        UUID sessionId,
        int week,
        LocalDate date,
        boolean deload,
        boolean skipped,
        String rationale,
        String contents,
        int estimatedMinutes,
        List<Prescribed> exercises,
        List<String> changes) {

    public ScheduledSession {
        contents = contents == null ? "" : contents; // plans stored before sessions said what they contain
        changes = changes == null ? List.of() : changes;
    }

    public ScheduledSession withExercises(List<Prescribed> replaced, String newContents, String change) {
        return new ScheduledSession(sessionId, week, date, deload, skipped, rationale, newContents, SessionTime.minutes(replaced),
                List.copyOf(replaced), with(change));
    }

    /** The session with its alternatives listed again from {@code candidates}. */
    public ScheduledSession withAlternativesOf(List<ExercisePublished> candidates) {
        Map<UUID, ExercisePublished> byId = candidates.stream().collect(Collectors.toMap(ExercisePublished::id, Function.identity()));
        return new ScheduledSession(sessionId, week, date, deload, skipped, rationale, contents, estimatedMinutes,
                Alternatives.listed(exercises, byId, Alternatives.ranking(candidates)), changes);
    }

    public ScheduledSession withRationale(String newRationale) {
        return new ScheduledSession(sessionId, week, date, deload, skipped, newRationale, contents, estimatedMinutes, exercises, changes);
    }

    public ScheduledSession movedTo(LocalDate day, String change) {
        return new ScheduledSession(sessionId, week, day, deload, skipped, rationale, contents, estimatedMinutes, exercises, with(change));
    }

    public ScheduledSession asSkipped(String change) {
        return new ScheduledSession(sessionId, week, date, deload, true, rationale, contents, estimatedMinutes, exercises, with(change));
    }

    private List<String> with(String change) {
        List<String> all = new ArrayList<>(changes);
        all.add(change);
        return List.copyOf(all);
    }
}
