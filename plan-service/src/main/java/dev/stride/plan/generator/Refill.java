package dev.stride.plan.generator;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.stride.contracts.exercise.ExercisePublished;

/**
 * Re-doses a future session whose exercises changed and fills the time that freed from what the
 * catalog still offers. Exercises keep their own progression step; one new to the session takes
 * the step given for it, or the athlete's starting step. Exercises that left the session never come back as fillers.
 */
final class Refill {
    private Refill() {
    }

    static ScheduledSession refill(ScheduledSession session, List<ExercisePublished> exercises, Map<UUID, Integer> steps,
            List<ExercisePublished> candidates, PlanSpec spec, String change) {
        Map<UUID, ExercisePublished> byId = candidates.stream().collect(Collectors.toMap(ExercisePublished::id, Function.identity()));
        exercises.forEach(e -> byId.putIfAbsent(e.id(), e));
        Set<UUID> inSession = exercises.stream().map(ExercisePublished::id).collect(Collectors.toSet());
        Set<UUID> left = session.exercises().stream().map(Prescribed::exerciseId).filter(id -> !inSession.contains(id))
                .collect(Collectors.toSet());
        List<ExercisePublished> extras = candidates.stream().filter(c -> !inSession.contains(c.id()) && !left.contains(c.id())).toList();
        Function<ExercisePublished, Prescribed> dose = e -> Dosing.dose(e,
                steps.getOrDefault(e.id(), spec.experience().startingStep()), spec.equipment());
        SessionFill.Filled filled = SessionFill.fill(new SessionComposer.Choice(exercises, extras), dose,
                spec.minutesPerSession(), session.deload());
        List<Prescribed> listed = Alternatives.listed(filled.exercises(), byId, Alternatives.ranking(candidates));
        String contents = SessionNotes.contents(spec, Alternatives.areas(listed, byId), filled, session.deload(), false);
        return session.withExercises(listed, contents, change);
    }

    /** Each exercise of {@code session} with its step. */
    static Map<UUID, Integer> steps(ScheduledSession session) {
        return session.exercises().stream().collect(Collectors.toMap(Prescribed::exerciseId, Prescribed::step, (a, b) -> a));
    }
}
