package dev.stride.plan.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.Muscle;

/**
 * Keeps a plan valid when the catalog changes: in every session after {@code today}, an exercise
 * whose new definition no longer fits (retired, needs equipment the athlete lacks, measured
 * differently) is replaced by the best substitute: same category, sharing the most primary
 * muscles and differing in the fewest, then same measurement, same laterality. Without one the
 * exercise is dropped. Sessions on or before {@code today} never change.
 */
public final class Substitution {
    private Substitution() {
    }

    /** The revised sessions, or empty when no future session is affected. */
    public static Optional<List<ScheduledSession>> revise(List<ScheduledSession> sessions, LocalDate today,
            Map<UUID, ExercisePublished> changed, List<ExercisePublished> catalog, PlanSpec spec) {
        List<ExercisePublished> candidates = Candidates.of(catalog, spec.experience(), spec.equipment());
        List<ScheduledSession> revised = new ArrayList<>();
        boolean touched = false;
        for (ScheduledSession session : sessions) {
            boolean affected = session.date().isAfter(today)
                    && session.exercises().stream().anyMatch(p -> noLongerFits(p, changed.get(p.exerciseId()), spec));
            revised.add(affected ? replace(session, changed, candidates, spec) : session);
            touched |= affected;
        }
        return touched ? Optional.of(revised) : Optional.empty();
    }

    static boolean noLongerFits(Prescribed planned, ExercisePublished now, PlanSpec spec) {
        return now != null && (!Candidates.fits(now, spec.equipment()) || now.measurement() != planned.measurement());
    }

    private static ScheduledSession replace(ScheduledSession session, Map<UUID, ExercisePublished> changed,
            List<ExercisePublished> candidates, PlanSpec spec) {
        Set<UUID> inSession = session.exercises().stream().map(Prescribed::exerciseId).collect(Collectors.toSet());
        int step = PlanGenerator.step(spec.experience(), session.week());
        List<Prescribed> exercises = new ArrayList<>();
        for (Prescribed planned : session.exercises()) {
            ExercisePublished now = changed.get(planned.exerciseId());
            if (!noLongerFits(planned, now, spec)) {
                exercises.add(planned);
                continue;
            }
            best(now, candidates, inSession).ifPresent(sub -> {
                inSession.add(sub.id());
                exercises.add(Dosing.dose(sub, step, session.deload(), spec.equipment()));
            });
        }
        return session.withExercises(exercises);
    }

    static Optional<ExercisePublished> best(ExercisePublished replaced, List<ExercisePublished> candidates, Set<UUID> exclude) {
        Set<Muscle> muscles = replaced.primaryMuscles() == null ? Set.of() : Set.copyOf(replaced.primaryMuscles());
        return candidates.stream()
                .filter(c -> !exclude.contains(c.id()) && c.category() == replaced.category() && shared(c, muscles) > 0)
                .min(Comparator.comparingInt((ExercisePublished c) -> -shared(c, muscles))
                        .thenComparingInt(c -> c.primaryMuscles().size() + muscles.size() - 2 * shared(c, muscles))
                        .thenComparing(c -> c.measurement() != replaced.measurement())
                        .thenComparing(c -> c.laterality() != replaced.laterality())
                        .thenComparing(ExercisePublished::slug)
                        .thenComparing(ExercisePublished::id));
    }

    private static int shared(ExercisePublished c, Set<Muscle> muscles) {
        return (int) c.primaryMuscles().stream().distinct().filter(muscles::contains).count();
    }
}
