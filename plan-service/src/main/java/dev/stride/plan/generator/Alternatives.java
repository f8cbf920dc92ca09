package dev.stride.plan.generator;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

    private Alternatives() {
    }

    /** Candidates that may replace {@code replaced}, best first, none of them in {@code exclude}. */
    static List<ExercisePublished> ranked(ExercisePublished replaced, List<ExercisePublished> candidates, Set<UUID> exclude) {
        Set<Muscle> muscles = replaced.primaryMuscles() == null ? Set.of() : Set.copyOf(replaced.primaryMuscles());
        return candidates.stream()
                .filter(c -> !exclude.contains(c.id()) && !c.id().equals(replaced.id()) && shared(c, muscles) > 0)
                .sorted(Comparator.comparing((ExercisePublished c) -> c.category() != replaced.category())
                        .thenComparingInt(c -> -shared(c, muscles))
                        .thenComparingInt(c -> c.primaryMuscles().size() + muscles.size() - 2 * shared(c, muscles))
                        .thenComparing(c -> c.measurement() != replaced.measurement())
                        .thenComparing(c -> c.laterality() != replaced.laterality())
                        .thenComparing(ExercisePublished::slug)
                        .thenComparing(ExercisePublished::id))
                .toList();
    }

    /** {@code exercises} of one session, each listing up to three alternatives not already in it. */
    static List<Prescribed> listed(List<Prescribed> exercises, Map<UUID, ExercisePublished> byId, List<ExercisePublished> candidates) {
        Set<UUID> inSession = exercises.stream().map(Prescribed::exerciseId).collect(Collectors.toSet());
        return exercises.stream().map(p -> p.withAlternatives(ranked(byId.get(p.exerciseId()), candidates, inSession).stream()
                .limit(LISTED).map(e -> new Prescribed.Alternative(e.id(), e.name())).toList())).toList();
    }

    /** The body areas {@code exercises} train, by their catalog definitions. */
    static Set<BodyArea> areas(List<Prescribed> exercises, Map<UUID, ExercisePublished> byId) {
        Set<BodyArea> areas = EnumSet.noneOf(BodyArea.class);
        exercises.forEach(p -> areas.addAll(BodyArea.trainedBy(byId.get(p.exerciseId()).primaryMuscles())));
        return areas;
    }

    static int shared(ExercisePublished c, Set<Muscle> muscles) {
        return (int) c.primaryMuscles().stream().distinct().filter(muscles::contains).count();
    }
}
