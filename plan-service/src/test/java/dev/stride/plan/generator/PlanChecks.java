package dev.stride.plan.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.Laterality;
import dev.stride.contracts.exercise.Prescription;

/** The rules every generated plan keeps, checked from the outside. */
final class PlanChecks {
    private PlanChecks() {
    }

    static void check(PlanSpec spec, List<ScheduledSession> plan, List<ExercisePublished> catalog, String context) {
        Map<UUID, ExercisePublished> byId = catalog.stream().collect(Collectors.toMap(ExercisePublished::id, Function.identity()));
        List<ExercisePublished> candidates = Candidates.of(catalog, spec.experience(), spec.equipment());
        assertEquals(spec.weeks() * spec.sessionsPerWeek(), plan.size(), context);
        for (int i = 0; i < plan.size(); i++) {
            ScheduledSession s = plan.get(i);
            String where = context + "\n  session " + s;
            assertTrue(!spec.runOn(s.date().getDayOfWeek().plus(1)).isDemanding(), "not before a long or hard run, " + where);
            assertEquals(s.week() % 4 == 0, s.deload(), where);
            if (i == 0) {
                assertTrue(s.rationale().contains("The plan's first strength session."), where);
            } else {
                long gap = ChronoUnit.DAYS.between(plan.get(i - 1).date(), s.date());
                assertTrue(gap >= 2, "48 h, " + where);
                assertTrue(s.rationale().contains(gap * 24 + " h after the previous strength session"), where);
            }
            assertTrue(SessionFill.seconds(s.exercises()) <= spec.minutesPerSession() * 60, "inside the minutes, " + where);
            s.exercises().forEach(p -> checkDose(p, byId.get(p.exerciseId()), s.deload(), where));
            checkBalance(s, byId, where);
            checkTimeUsed(spec, s, candidates, byId, steps(spec, plan, s.week()), where);
        }
        checkProgression(plan, context);
        checkVariety(spec, plan, candidates, context);
    }

    /**
     * The sessions of a week differ unless each holds every suitable exercise, or no more than
     * the body areas and focus areas demand (one exercise each at most: the time leaves no room).
     */
    private static void checkVariety(PlanSpec spec, List<ScheduledSession> plan, List<ExercisePublished> candidates, String context) {
        Map<Integer, List<Set<UUID>>> weeks = plan.stream().collect(Collectors.groupingBy(ScheduledSession::week,
                Collectors.mapping(s -> s.exercises().stream().map(Prescribed::exerciseId).collect(Collectors.toSet()), Collectors.toList())));
        weeks.forEach((week, sessions) -> {
            int demanded = BodyArea.values().length + spec.focusAreas().size();
            boolean roomToVary = sessions.stream().anyMatch(ids -> ids.size() < candidates.size() && ids.size() > demanded);
            assertTrue(sessions.size() < 2 || !roomToVary || Set.copyOf(sessions).size() > 1, "week " + week + " varies, " + context);
        });
    }

    private static void checkDose(Prescribed p, ExercisePublished e, boolean deload, String where) {
        Prescription range = e.prescription();
        assertEquals(range.perSide() || e.laterality() == Laterality.UNILATERAL, p.perSide(), "per side, " + where);
        assertTrue(p.sets() <= range.setsMax() && (deload || p.sets() >= range.setsMin()), "sets in the article's range, " + where);
        assertTrue(p.reps() == null || (p.reps() >= range.repsMin() && p.reps() <= range.repsMax()), "reps, " + where);
        assertTrue(p.holdSeconds() == null || (p.holdSeconds() >= range.holdSecondsMin() && p.holdSeconds() <= 2 * range.holdSecondsMax()), where);
        assertTrue(!p.why().isBlank() && (!deload || p.why().startsWith("Deload")), "the dose says why, " + where);
    }

    private static void checkBalance(ScheduledSession s, Map<UUID, ExercisePublished> byId, String where) {
        Set<BodyArea> areas = EnumSet.noneOf(BodyArea.class);
        s.exercises().forEach(p -> areas.addAll(BodyArea.trainedBy(byId.get(p.exerciseId()).primaryMuscles())));
        assertEquals(EnumSet.allOf(BodyArea.class), areas, "the four areas, " + where);
    }

    /** Each exercise's step in {@code week}: the starting step plus one per earlier training week that had it. */
    private static Map<UUID, Integer> steps(PlanSpec spec, List<ScheduledSession> plan, int week) {
        Map<UUID, Integer> steps = new HashMap<>();
        plan.stream().filter(s -> s.week() < week && !s.deload()).collect(Collectors.groupingBy(ScheduledSession::week,
                Collectors.flatMapping(s -> s.exercises().stream().map(Prescribed::exerciseId), Collectors.toSet())))
                .values().forEach(ids -> ids.forEach(id -> steps.merge(id, 1, Integer::sum)));
        steps.replaceAll((id, trained) -> spec.experience().startingStep() + trained);
        return steps;
    }

    /** Under 80 % only when nothing more fits: no exercise takes another set, no other suitable one with its fewest sets. */
    private static void checkTimeUsed(PlanSpec spec, ScheduledSession s, List<ExercisePublished> candidates,
            Map<UUID, ExercisePublished> byId, Map<UUID, Integer> steps, String where) {
        int limit = spec.minutesPerSession() * 60;
        int seconds = SessionFill.seconds(s.exercises());
        if (s.deload() || seconds >= 0.8 * limit) {
            assertTrue(s.deload() || s.contents().endsWith("About " + s.estimatedMinutes() + " of the " + spec.minutesPerSession() + " min."), where);
            return;
        }
        assertTrue(s.contents().contains("too few exercises for this level and equipment"), where);
        for (Prescribed p : s.exercises()) {
            int oneMore = SessionTime.seconds(p.withSets(p.sets() + 1, "")) - SessionTime.seconds(p);
            assertTrue(p.sets() == byId.get(p.exerciseId()).prescription().setsMax() || seconds + oneMore > limit, "room for a set, " + where);
        }
        Set<UUID> inSession = s.exercises().stream().map(Prescribed::exerciseId).collect(Collectors.toSet());
        for (ExercisePublished c : candidates) {
            Prescribed atStep = Dosing.dose(c, steps.getOrDefault(c.id(), spec.experience().startingStep()), spec.equipment());
            Prescribed fewest = atStep.withSets(c.prescription().setsMin(), "");
            assertTrue(inSession.contains(c.id()) || seconds + SessionTime.seconds(fewest) > limit,
                    "room for " + c.name() + ", " + where);
        }
    }

    /** An exercise's step never goes back from one training week to the next, rotated out or not. */
    private static void checkProgression(List<ScheduledSession> plan, String context) {
        Map<UUID, Integer> last = new HashMap<>();
        for (ScheduledSession s : plan) {
            if (s.deload() || s.contents().contains("held back")) {
                continue;
            }
            for (Prescribed p : s.exercises()) {
                Integer before = last.put(p.exerciseId(), p.step());
                assertTrue(before == null || p.step() >= before, "progression of " + p.name() + ", " + context);
            }
        }
    }
}
