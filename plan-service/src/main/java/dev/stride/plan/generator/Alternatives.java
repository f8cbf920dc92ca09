package dev.stride.plan.generator;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.Muscle;

/**
 * Which exercises may take another's place: those sharing a primary muscle with it, the same
 * category first, then sharing the most primary muscles and differing in the fewest, then the
 * same measurement and laterality.
 */
public final class Alternatives {
    /** How many alternatives a session lists for each exercise. */
    static final int LISTED = 3;
    /** Ranked per exercise: enough that a session holding many of them still lists three. */
    private static final int KEPT = LISTED + 24;

    private Alternatives() {
    }

    /** The best {@code k} candidates that may replace {@code replaced}, best first, none of them in {@code exclude}. */
    static List<ExercisePublished> ranked(ExercisePublished replaced, List<ExercisePublished> candidates, Set<UUID> exclude, int k) {
        Set<Muscle> muscles = replaced.primaryMuscles() == null || replaced.primaryMuscles().isEmpty() ? EnumSet.noneOf(Muscle.class)
                : EnumSet.copyOf(replaced.primaryMuscles());
        return TopK.highest(candidates, c -> exclude.contains(c.id()) || c.id().equals(replaced.id()) || shared(c, muscles) == 0
                ? TopK.LEFT_OUT : score(c, replaced, muscles), k);
    }

    /** Higher is closer: the same category, then most primary muscles shared, fewest differing, same measurement and laterality. */
    private static int score(ExercisePublished c, ExercisePublished replaced, Set<Muscle> muscles) {
        int shared = shared(c, muscles);
        int differing = c.primaryMuscles().size() + muscles.size() - 2 * shared;
        return (c.category() == replaced.category() ? 1 << 20 : 0) + (shared << 12) + ((63 - Math.min(63, differing)) << 2)
                + (c.measurement() == replaced.measurement() ? 2 : 0) + (c.laterality() == replaced.laterality() ? 1 : 0);
    }

    /**
     * The alternatives of each exercise, ranked once per plan (a session leaves out those it holds).
     * Of candidates alike in all that ranks them, no more than could be listed are looked at.
     */
    static Function<ExercisePublished, List<ExercisePublished>> ranking(List<ExercisePublished> candidates) {
        Map<List<Object>, Integer> alike = new HashMap<>();
        List<ExercisePublished> shortlist = candidates.stream().filter(c -> alike.merge(List.of(c.primaryMuscles(), c.category(),
                String.valueOf(c.measurement()), String.valueOf(c.laterality())), 1, Integer::sum) <= KEPT + 1).toList();
        Map<UUID, List<ExercisePublished>> ranked = new HashMap<>();
        return e -> ranked.computeIfAbsent(e.id(), id -> ranked(e, shortlist, Set.of(), KEPT));
    }

    /** {@code exercises} of one session, each listing up to three alternatives not already in it. */
    static List<Prescribed> listed(List<Prescribed> exercises, Map<UUID, ExercisePublished> byId,
            Function<ExercisePublished, List<ExercisePublished>> ranking) {
        Set<UUID> inSession = exercises.stream().map(Prescribed::exerciseId).collect(Collectors.toSet());
        return exercises.stream().map(p -> !byId.containsKey(p.exerciseId()) ? p.withAlternatives(List.of())
                : p.withAlternatives(ranking.apply(byId.get(p.exerciseId())).stream().filter(e -> !inSession.contains(e.id()))
                        .limit(LISTED).map(e -> new Prescribed.Alternative(e.id(), e.name())).toList())).toList();
    }

    /** The body areas {@code exercises} train, by their catalog definitions. */
    static Set<BodyArea> areas(List<Prescribed> exercises, Map<UUID, ExercisePublished> byId) {
        Set<BodyArea> areas = EnumSet.noneOf(BodyArea.class);
        exercises.forEach(p -> areas.addAll(BodyArea.trainedBy(byId.get(p.exerciseId()).primaryMuscles())));
        return areas;
    }

    /** How many of {@code c}'s primary muscles (each once) are in {@code muscles}; a loop, as it runs for every candidate. */
    static int shared(ExercisePublished c, Set<Muscle> muscles) {
        long seen = 0;
        int shared = 0;
        for (Muscle m : c.primaryMuscles()) {
            long bit = 1L << m.ordinal();
            if ((seen & bit) == 0 && muscles.contains(m)) {
                shared++;
            }
            seen |= bit;
        }
        return shared;
    }
}
