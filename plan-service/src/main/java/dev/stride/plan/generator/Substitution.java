package dev.stride.plan.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.ExerciseStatus;

/**
 * Keeps a plan valid when the catalog changes: in every session after {@code today}, an exercise
 * whose new definition no longer fits (retired, needs equipment the athlete lacks, measured
 * differently) is replaced by the best alternative of the same category at its progression step;
 * without one it is dropped. The session then fills the freed time from what remains and says
 * what changed and why. Sessions on or before {@code today} never change.
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
            boolean future = session.date().isAfter(today) && !session.skipped();
            boolean affected = future && session.exercises().stream().anyMatch(p -> noLongerFits(p, changed.get(p.exerciseId()), spec));
            boolean relisted = future && !affected && listsOneThatLeft(session, changed, candidates);
            revised.add(affected ? replace(session, changed, candidates, spec)
                    : relisted ? session.withAlternativesOf(candidates) : session);
            touched |= affected || relisted;
        }
        return touched ? Optional.of(revised) : Optional.empty();
    }

    /** Whether the session lists an alternative that the change took out of the plan's candidates. */
    private static boolean listsOneThatLeft(ScheduledSession session, Map<UUID, ExercisePublished> changed, List<ExercisePublished> candidates) {
        Set<UUID> still = candidates.stream().map(ExercisePublished::id).collect(Collectors.toSet());
        return session.exercises().stream().flatMap(p -> p.alternatives().stream())
                .anyMatch(a -> changed.containsKey(a.exerciseId()) && !still.contains(a.exerciseId()));
    }

    static boolean noLongerFits(Prescribed planned, ExercisePublished now, PlanSpec spec) {
        return now != null && (!Candidates.fits(now, spec.equipment()) || now.measurement() != planned.measurement()
                || !spec.experience().allows(now.difficulty()));
    }

    private static ScheduledSession replace(ScheduledSession session, Map<UUID, ExercisePublished> changed,
            List<ExercisePublished> candidates, PlanSpec spec) {
        Map<UUID, ExercisePublished> byId = candidates.stream().collect(Collectors.toMap(ExercisePublished::id, Function.identity()));
        Set<UUID> inSession = new HashSet<>(Refill.steps(session).keySet());
        Map<UUID, Integer> steps = Refill.steps(session);
        List<ExercisePublished> kept = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Prescribed planned : session.exercises()) {
            ExercisePublished now = changed.get(planned.exerciseId());
            if (!noLongerFits(planned, now, spec) && byId.containsKey(planned.exerciseId())) {
                kept.add(byId.get(planned.exerciseId()));
                continue;
            }
            Optional<ExercisePublished> sub = best(now == null ? byId.get(planned.exerciseId()) : now, candidates, inSession);
            sub.ifPresent(s -> {
                inSession.add(s.id());
                steps.put(s.id(), planned.step());
                kept.add(s);
            });
            notes.add(note(planned, now, sub, spec));
        }
        return Refill.refill(session, kept, steps, candidates, spec, String.join(" ", notes));
    }

    static Optional<ExercisePublished> best(ExercisePublished replaced, List<ExercisePublished> candidates, Set<UUID> exclude) {
        if (replaced == null) {
            return Optional.empty();
        }
        return Alternatives.ranked(replaced, candidates, exclude, 1).stream().filter(c -> c.category() == replaced.category()).findFirst();
    }

    private static String note(Prescribed planned, ExercisePublished now, Optional<ExercisePublished> sub, PlanSpec spec) {
        String why = now == null ? planned.name() + " is no longer in the catalog"
                : now.status() != ExerciseStatus.ACTIVE ? planned.name() + " left the catalog (" + now.status().name().toLowerCase(Locale.ROOT) + ")"
                : now.measurement() != planned.measurement() ? planned.name() + " is now measured in " + now.measurement()
                : !spec.experience().allows(now.difficulty()) ? planned.name() + " is now above the " + spec.experience() + " level"
                : planned.name() + " now needs equipment the plan does not have";
        return sub.map(s -> why + ": replaced by " + s.name() + ", same kind of exercise for the same muscles, at its progression step.")
                .orElse(why + ": nothing else of its kind fits the " + spec.experience().name().toLowerCase(Locale.ROOT)
                        + " level and equipment " + spec.equipment() + "; its time goes to the rest of the session.");
    }
}
