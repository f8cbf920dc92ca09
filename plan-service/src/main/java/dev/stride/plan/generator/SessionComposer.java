package dev.stride.plan.generator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import dev.stride.contracts.exercise.Category;
import dev.stride.contracts.exercise.ExercisePublished;

/**
 * Chooses the exercises of each session of a week. Every session covers the four body areas
 * (an exercise that trains two areas counts for both), then adds one exercise for each focus
 * area not yet trained, then fills the time left for progression (up to six exercises); within that, exercises not yet used this week are preferred so that the
 * sessions of a week differ. Mobility work ranks below strength work for the same coverage.
 */
final class SessionComposer {
    private static final int MAX_EXERCISES = 6;
    private final List<ExercisePublished> candidates;
    private final List<Focus> focusAreas;
    private final Map<ExercisePublished, Set<BodyArea>> areas = new IdentityHashMap<>();
    private final Map<ExercisePublished, Integer> preference = new IdentityHashMap<>();

    /** {@code candidates} sorted by slug then id: the first of equally good ones is chosen. */
    SessionComposer(List<ExercisePublished> candidates, List<Focus> focusAreas) {
        this.candidates = candidates;
        this.focusAreas = focusAreas;
        for (ExercisePublished e : candidates) {
            areas.put(e, BodyArea.trainedBy(e.primaryMuscles()));
            int focusHits = (int) focusAreas.stream().filter(focus -> trains(e, focus)).count();
            preference.put(e, 2 * focusHits + (e.category() == Category.MOBILITY ? -3 : 0));
        }
    }

    /** The exercises of one session: those covering the body areas, then those added for focus. */
    record Template(List<ExercisePublished> coverage, List<ExercisePublished> focusExtras) {
    }

    /** {@code roomFor} says whether a session still leaves room to progress with these exercises. */
    List<Template> week(int sessions, Predicate<List<ExercisePublished>> roomFor) {
        Set<UUID> usedThisWeek = new HashSet<>();
        List<Template> week = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            Template session = session(usedThisWeek, roomFor);
            session.coverage().forEach(e -> usedThisWeek.add(e.id()));
            session.focusExtras().forEach(e -> usedThisWeek.add(e.id()));
            week.add(session);
        }
        return week;
    }

    private Template session(Set<UUID> usedThisWeek, Predicate<List<ExercisePublished>> roomFor) {
        List<ExercisePublished> chosen = new ArrayList<>();
        Set<BodyArea> uncovered = EnumSet.allOf(BodyArea.class);
        while (!uncovered.isEmpty()) {
            ExercisePublished best = best(chosen, usedThisWeek, e -> 10 * overlap(e, uncovered));
            if (best == null || overlap(best, uncovered) == 0) {
                throw new PlanRuleBroken("weekly-balance", "No available exercise trains " + uncovered
                        + " with the equipment and experience level given");
            }
            chosen.add(best);
            uncovered.removeAll(areas.get(best));
        }
        int coverage = chosen.size();
        for (Focus focus : focusAreas) {
            if (chosen.stream().noneMatch(e -> trains(e, focus))) {
                ExercisePublished best = best(chosen, usedThisWeek, e -> trains(e, focus) ? 10 : 0);
                if (best == null || !trains(best, focus)) {
                    throw new PlanRuleBroken("focus-areas", "No available exercise trains the focus area " + focus.name());
                }
                chosen.add(best);
            }
        }
        fill(chosen, usedThisWeek, roomFor);
        return new Template(List.copyOf(chosen.subList(0, coverage)), List.copyOf(chosen.subList(coverage, chosen.size())));
    }

    /** Adds the best of the rest (most focus, most areas, not yet used this week) while there is time. */
    private void fill(List<ExercisePublished> chosen, Set<UUID> usedThisWeek, Predicate<List<ExercisePublished>> roomFor) {
        while (chosen.size() < MAX_EXERCISES) {
            ExercisePublished next = best(chosen, usedThisWeek, e -> areas.get(e).size());
            List<ExercisePublished> more = new ArrayList<>(chosen);
            more.add(next);
            if (next == null || !roomFor.test(more)) {
                return;
            }
            chosen.add(next);
        }
    }

    private ExercisePublished best(List<ExercisePublished> chosen, Set<UUID> usedThisWeek, Scoring coverage) {
        ExercisePublished best = null;
        int bestScore = Integer.MIN_VALUE;
        for (ExercisePublished e : candidates) {
            int score = coverage.score(e) + preference.get(e) + (usedThisWeek.contains(e.id()) ? -4 : 0);
            if (score > bestScore && !chosen.contains(e)) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    static boolean trains(ExercisePublished e, Focus focus) {
        return focus.plyometric() ? e.category() == Category.PLYOMETRIC
                : e.primaryMuscles().stream().anyMatch(focus.muscles()::contains);
    }

    private int overlap(ExercisePublished e, Set<BodyArea> wanted) {
        int count = 0;
        for (BodyArea area : areas.get(e)) {
            count += wanted.contains(area) ? 1 : 0;
        }
        return count;
    }

    @FunctionalInterface
    private interface Scoring {
        int score(ExercisePublished e);
    }
}
