package dev.stride.plan.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.stride.contracts.exercise.Category;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.Muscle;

/**
 * Chooses the exercises of a session. Its core covers the four body areas (an exercise that
 * trains two areas counts for both) and adds one exercise for each focus area not yet trained;
 * the others follow in the order a session takes them to fill its time. Exercises already used
 * this week, then those the same session had in the previous block, rank lower, so that the
 * sessions of a week differ and exercises rotate from block to block. Mobility work ranks below
 * strength work for the same coverage.
 */
final class SessionComposer {
    /** More than a session of the longest minutes could take: a large catalog is not sorted through whole. */
    private static final int MAX_EXTRAS = 16;
    private static final int ALIKE_KEPT = 64;
    private final List<ExercisePublished> candidates;
    private final List<Focus> focusAreas;
    private final Map<ExercisePublished, Set<BodyArea>> areas = new IdentityHashMap<>();
    private final Map<ExercisePublished, Integer> preference = new IdentityHashMap<>();
    private final Map<Avoid, Choice> chosenFor = new HashMap<>();

    /**
     * {@code candidates} sorted by slug then id: the first of equally good ones is chosen. Of
     * candidates alike in all that scores them (primary muscles and category), only the first
     * {@link #ALIKE_KEPT} are looked at: more than a week's sessions could ever pass over.
     */
    SessionComposer(List<ExercisePublished> candidates, List<Focus> focusAreas) {
        this.focusAreas = focusAreas;
        Map<List<Object>, Integer> alike = new HashMap<>();
        List<ExercisePublished> kept = new ArrayList<>();
        for (ExercisePublished e : candidates) {
            if (alike.merge(List.of(e.primaryMuscles(), e.category()), 1, Integer::sum) <= ALIKE_KEPT) {
                kept.add(e);
                areas.put(e, BodyArea.trainedBy(e.primaryMuscles()));
                preference.put(e, 2 * (int) focusAreas.stream().filter(f -> trains(e, f)).count() + (e.category() == Category.MOBILITY ? -3 : 0));
            }
        }
        this.candidates = kept;
    }

    /** A session's exercises: {@code core} must stay, {@code extras} are taken in order while time is left. */
    record Choice(List<ExercisePublished> core, List<ExercisePublished> extras) {
    }

    /** What exercises the session is to avoid: used this week, or by the same session in the previous block. */
    record Avoid(Set<UUID> thisWeek, Set<UUID> previousBlock) {
    }

    /** The same avoidances give the same choice: blocks that rotate back do not compose again. */
    Choice session(Avoid avoid) {
        return chosenFor.computeIfAbsent(avoid, this::compose);
    }

    private Choice compose(Avoid avoid) {
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
        Set<ExercisePublished> core = Collections.newSetFromMap(new IdentityHashMap<>());
        core.addAll(chosen);
        List<ExercisePublished> extras = TopK.highest(candidates,
                e -> core.contains(e) ? TopK.LEFT_OUT : score(e, avoid, areas.get(e).size()), MAX_EXTRAS);
        return new Choice(List.copyOf(chosen), extras);
    }

    private ExercisePublished best(List<ExercisePublished> chosen, Avoid avoid, Scoring coverage) {
        ExercisePublished best = null;
        int bestScore = Integer.MIN_VALUE;
        for (ExercisePublished e : candidates) {
            int score = score(e, avoid, coverage.score(e));
            if (score > bestScore && !chosen.contains(e)) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    private int score(ExercisePublished e, Avoid avoid, int coverage) {
        return coverage + preference.get(e) + (avoid.thisWeek().contains(e.id()) ? -4 : 0) + (avoid.previousBlock().contains(e.id()) ? -1 : 0);
    }

    static boolean trains(ExercisePublished e, Focus focus) {
        if (focus.plyometric()) {
            return e.category() == Category.PLYOMETRIC;
        }
        for (Muscle m : e.primaryMuscles()) {
            if (focus.muscles().contains(m)) {
                return true;
            }
        }
        return false;
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
