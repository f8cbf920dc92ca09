package dev.stride.plan.generator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.stride.contracts.exercise.ExercisePublished;

/**
 * Re-doses a future session whose exercises changed and fills the time that freed from what the
 * catalog still offers: the exercises that cover its body areas first (held back a step at a time
 * while they alone would not fit the minutes), then the rest of the session's, then the catalog's. Exercises keep their own progression step; one new to the session takes
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
        List<ExercisePublished> core = covering(exercises);
        List<ExercisePublished> extras = Stream.concat(exercises.stream().filter(e -> !core.contains(e)),
                candidates.stream().filter(c -> !inSession.contains(c.id()) && !left.contains(c.id()))).toList();
        boolean heldBack = false;
        Function<ExercisePublished, Prescribed> dose = atSteps(steps, 0, spec);
        for (int back = 1; SessionFill.seconds(core.stream().map(dose).toList()) > spec.minutesPerSession() * 60 && back <= 40; back++) {
            dose = atSteps(steps, back, spec);
            heldBack = true;
        }
        SessionFill.Filled filled = SessionFill.fill(new SessionComposer.Choice(core, extras), dose, spec.minutesPerSession(), session.deload());
        List<Prescribed> listed = Alternatives.listed(filled.exercises(), byId, Alternatives.ranking(candidates));
        String contents = SessionNotes.contents(spec, Alternatives.areas(listed, byId), filled, session.deload(), heldBack);
        return session.withExercises(listed, contents, change);
    }

    /** The first of {@code exercises}, in order, that together train every body area they train at all. */
    private static List<ExercisePublished> covering(List<ExercisePublished> exercises) {
        Set<BodyArea> covered = EnumSet.noneOf(BodyArea.class);
        List<ExercisePublished> core = new ArrayList<>();
        for (ExercisePublished e : exercises) {
            if (!covered.containsAll(BodyArea.trainedBy(e.primaryMuscles()))) {
                covered.addAll(BodyArea.trainedBy(e.primaryMuscles()));
                core.add(e);
            }
        }
        return core;
    }

    private static Function<ExercisePublished, Prescribed> atSteps(Map<UUID, Integer> steps, int back, PlanSpec spec) {
        return e -> Dosing.dose(e, Math.max(0, steps.getOrDefault(e.id(), spec.experience().startingStep()) - back), spec.equipment());
    }

    /** Each exercise of {@code session} with its step. */
    static Map<UUID, Integer> steps(ScheduledSession session) {
        return session.exercises().stream().collect(Collectors.toMap(Prescribed::exerciseId, Prescribed::step, (a, b) -> a));
    }
}
