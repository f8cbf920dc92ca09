package dev.stride.plan.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.stride.contracts.exercise.ExercisePublished;

/**
 * Revises the coming sessions from what the athlete logged. Once the athlete has logged a set
 * after a plan week's end (so its sets are in), the week is reviewed, once: mostly missed (under
 * half its sets), the coming sessions repeat its doses instead of progressing;
 * otherwise an exercise logged at RPE 9 or more holds its dose. A session done on another day
 * than planned moves the next one so that 48 h still hold (or skips it when no day of its week
 * does). Sessions on or before {@code today} never change.
 */
public final class Adaptation {
    public static final double HARD_RPE = 9.0;

    private Adaptation() {
    }

    /** What was logged for one session: the local day of its last set, its sets, and the exercises done at RPE 9 or more. */
    public record SessionLog(LocalDate day, int sets, Set<UUID> hardExercises) {
    }

    /** The sessions after adapting, and the last plan week reviewed. */
    public record Adapted(List<ScheduledSession> sessions, int reviewedThrough) {
    }

    public static Adapted adapt(PlanSpec spec, List<ScheduledSession> sessions, Map<UUID, SessionLog> logs, int reviewedThrough,
            LocalDate today, List<ExercisePublished> catalog) {
        List<ExercisePublished> candidates = Candidates.of(catalog, spec.experience(), spec.equipment());
        List<ScheduledSession> adapted = sessions;
        int week = reviewedThrough;
        LocalDate latest = logs.values().stream().map(SessionLog::day).max(LocalDate::compareTo).orElse(spec.startDate());
        while (week < spec.weeks() && spec.startDate().plusDays(7L * (week + 1) - 1).isBefore(latest)) {
            week++;
            adapted = review(spec, adapted, logs, week, today, candidates);
        }
        for (ScheduledSession done : adapted.stream().filter(s -> logs.containsKey(s.sessionId())).toList()) {
            adapted = SessionDays.keep48Hours(spec, adapted, done, logs.get(done.sessionId()).day(), today);
        }
        return new Adapted(adapted, week);
    }

    private static List<ScheduledSession> review(PlanSpec spec, List<ScheduledSession> sessions, Map<UUID, SessionLog> logs, int week,
            LocalDate today, List<ExercisePublished> candidates) {
        List<ScheduledSession> ofWeek = sessions.stream().filter(s -> s.week() == week && !s.skipped()).toList();
        int prescribed = ofWeek.stream().mapToInt(s -> s.exercises().stream().mapToInt(Prescribed::sets).sum()).sum();
        int done = ofWeek.stream().mapToInt(s -> logs.containsKey(s.sessionId()) ? logs.get(s.sessionId()).sets() : 0).sum();
        if (2 * done < prescribed) {
            String note = "Week " + week + " was mostly missed (" + done + " of " + prescribed
                    + " sets logged): from here on every dose is a step back, so the week is repeated instead of progressing.";
            return stepBack(spec, sessions, week, today, candidates, id -> true, note);
        }
        Set<UUID> hard = ofWeek.stream().filter(s -> logs.containsKey(s.sessionId()))
                .flatMap(s -> logs.get(s.sessionId()).hardExercises().stream()).collect(Collectors.toSet());
        if (hard.isEmpty()) {
            return sessions;
        }
        String names = ofWeek.stream().flatMap(s -> s.exercises().stream()).filter(p -> hard.contains(p.exerciseId()))
                .map(Prescribed::name).distinct().sorted().collect(Collectors.joining(", "));
        String note = names + " logged at RPE 9 or more in week " + week + ": the dose holds instead of progressing.";
        return stepBack(spec, sessions, week, today, candidates, hard::contains, note);
    }

    /** Every session after {@code today} and {@code week}, its chosen exercises a progression step back. */
    private static List<ScheduledSession> stepBack(PlanSpec spec, List<ScheduledSession> sessions, int week, LocalDate today,
            List<ExercisePublished> candidates, Predicate<UUID> chosen, String note) {
        Map<UUID, ExercisePublished> byId = candidates.stream().collect(Collectors.toMap(ExercisePublished::id, Function.identity()));
        List<ScheduledSession> revised = new ArrayList<>();
        for (ScheduledSession s : sessions) {
            boolean affected = s.week() > week && s.date().isAfter(today) && !s.skipped()
                    && s.exercises().stream().anyMatch(p -> chosen.test(p.exerciseId()));
            revised.add(affected ? Refill.refill(s, exercises(s, byId), steps(s, chosen), candidates, spec, note) : s);
        }
        return revised;
    }

    private static Map<UUID, Integer> steps(ScheduledSession s, Predicate<UUID> chosen) {
        Map<UUID, Integer> steps = new HashMap<>(Refill.steps(s));
        steps.replaceAll((id, step) -> chosen.test(id) ? Math.max(0, step - 1) : step);
        return steps;
    }

    private static List<ExercisePublished> exercises(ScheduledSession s, Map<UUID, ExercisePublished> byId) {
        return s.exercises().stream().map(p -> byId.get(p.exerciseId())).filter(e -> e != null).toList();
    }
}
