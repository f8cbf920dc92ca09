package dev.stride.plan.generator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.stride.contracts.exercise.Category;
import dev.stride.contracts.exercise.ExercisePublished;

/**
 * Chooses the exercises of a session. Its core covers the four body areas (an exercise that
 * trains two areas counts for both) and adds one exercise for each focus area not yet trained;
 * the others follow in the order a session takes them to fill its time. Exercises already used
 * this week, then those the same session had in the previous block, rank lower, so that the
 * sessions of a week differ and exercises rotate from block to block. Mobility work ranks below
 * strength work for the same coverage.
 */
final class SessionComposer {
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

    /** A session's exercises: {@code core} must stay, {@code extras} are taken in order while time is left. */
    record Choice(List<ExercisePublished> core, List<ExercisePublished> extras) {
    }

    /** What exercises the session is to avoid: used this week, or by the same session in the previous block. */
    record Avoid(Set<UUID> thisWeek, Set<UUID> previousBlock) {
    }

    Choice session(Avoid avoid) {
        List<ExercisePublished> chosen = new ArrayList<>();
        Set<BodyArea> uncovered = EnumSet.allOf(BodyArea.class);
        while (!uncovered.isEmpty()) {
            ExercisePublished best = best(chosen, avoid, e -> 10 * overlap(e, uncovered));
            if (best == null || overlap(best, uncovered) == 0) {
                throw new PlanRuleBroken("weekly-balance", "No available exercise trains " + uncovered
                        + " with the equipment and experience level given");
            }
            chosen.add(best);
            uncovered.removeAll(areas.get(best));
        }
        for (Focus focus : focusAreas) {
            if (chosen.stream().noneMatch(e -> trains(e, focus))) {
                ExercisePublished best = best(chosen, avoid, e -> trains(e, focus) ? 10 : 0);
                if (best == null || !trains(best, focus)) {
                    throw new PlanRuleBroken("focus-areas", "No available exercise trains the focus area " + focus.name());
                }
                chosen.add(best);
            }
        }
        int core = chosen.size();
        for (ExercisePublished next = best(chosen, avoid, e -> areas.get(e).size()); next != null;
                next = best(chosen, avoid, e -> areas.get(e).size())) {
            chosen.add(next);
        }
        return new Choice(List.copyOf(chosen.subList(0, core)), List.copyOf(chosen.subList(core, chosen.size())));
    }

    private ExercisePublished best(List<ExercisePublished> chosen, Avoid avoid, Scoring coverage) {
        ExercisePublished best = null;
        int bestScore = Integer.MIN_VALUE;
        for (ExercisePublished e : candidates) {
            int score = coverage.score(e) + preference.get(e) + (avoid.thisWeek().contains(e.id()) ? -4 : 0)
                    + (avoid.previousBlock().contains(e.id()) ? -1 : 0);
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
