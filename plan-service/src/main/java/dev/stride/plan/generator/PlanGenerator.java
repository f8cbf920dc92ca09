package dev.stride.plan.generator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import dev.stride.contracts.exercise.ExercisePublished;

/**
 * Turns a plan request and the catalog into dated sessions. Deterministic: the same plan id,
 * request and catalog give the same schedule (session ids derive from the plan id).
 */
public final class PlanGenerator {
    /** Deload every 4th week. */
    public static final int DELOAD_EVERY = 4;
    private static final int MAX_STEP = 40;
    /** Sessions are filled to this share of the minutes, leaving the rest for progression. */
    private static final double FILL_SHARE = 0.6;

    private PlanGenerator() {
    }

    public static List<ScheduledSession> generate(UUID planId, PlanSpec spec, List<ExercisePublished> catalog) {
        List<TrainingDay> days = TrainingDays.choose(spec);
        List<ExercisePublished> candidates = Candidates.of(catalog, spec.experience(), spec.equipment());
        List<SessionComposer.Template> templates = new SessionComposer(candidates, spec.focusAreas()).week(days.size(),
                exercises -> SessionTime.minutes(dose(exercises, spec.experience().startingStep(), false, spec)) <= FILL_SHARE * spec.minutesPerSession());
        List<FittedSession> fitted = templates.stream().map(t -> fit(t, spec)).toList();
        List<ScheduledSession> sessions = new ArrayList<>();
        for (int week = 1; week <= spec.weeks(); week++) {
            LocalDate weekStart = spec.startDate().plusDays(7L * (week - 1));
            for (int i = 0; i < days.size(); i++) {
                LocalDate date = weekStart.with(TemporalAdjusters.nextOrSame(days.get(i).day()));
                sessions.add(session(planId, spec, week, date, days.get(i), fitted.get(i)));
            }
        }
        sessions.sort(Comparator.comparing(ScheduledSession::date));
        return sessions;
    }

    /** The progression step of a week: one per earlier non-deload week; a deload repeats the step before it. */
    public static int step(Experience experience, int week) {
        int trainingWeeksBefore = (week - 1) - (week - 1) / DELOAD_EVERY;
        return experience.startingStep() + trainingWeeksBefore - (isDeload(week) ? 1 : 0);
    }

    public static boolean isDeload(int week) {
        return week % DELOAD_EVERY == 0;
    }

    private static ScheduledSession session(UUID planId, PlanSpec spec, int week, LocalDate date, TrainingDay day, FittedSession fitted) {
        int step = Math.max(0, Math.min(fitted.maxStep(), step(spec.experience(), week)));
        List<Prescribed> exercises = dose(fitted.exercises(), step, isDeload(week), spec);
        UUID sessionId = UUID.nameUUIDFromBytes((planId + "/" + date).getBytes(StandardCharsets.UTF_8));
        return new ScheduledSession(sessionId, week, date, isDeload(week), day.rationale(), SessionTime.minutes(exercises), exercises);
    }

    private static FittedSession fit(SessionComposer.Template template, PlanSpec spec) {
        List<ExercisePublished> extras = new ArrayList<>(template.focusExtras());
        while (!fits(ordered(template.coverage(), extras), 0, spec) && !extras.isEmpty()) {
            extras.remove(extras.size() - 1);
        }
        List<ExercisePublished> exercises = ordered(template.coverage(), extras);
        if (!fits(exercises, 0, spec)) {
            throw new PlanRuleBroken("session-fits-minutes", "Covering hips and glutes, posterior chain, core and feet and ankles takes "
                    + SessionTime.minutes(dose(exercises, 0, false, spec)) + " min at the lowest dose, more than the "
                    + spec.minutesPerSession() + " min given");
        }
        int maxStep = 0;
        while (maxStep < MAX_STEP && fits(exercises, maxStep + 1, spec)) {
            maxStep++;
        }
        return new FittedSession(exercises, maxStep);
    }

    private static boolean fits(List<ExercisePublished> exercises, int step, PlanSpec spec) {
        return SessionTime.minutes(dose(exercises, step, false, spec)) <= spec.minutesPerSession();
    }

    private static List<Prescribed> dose(List<ExercisePublished> exercises, int step, boolean deload, PlanSpec spec) {
        return exercises.stream().map(e -> Dosing.dose(e, step, deload, spec.equipment())).toList();
    }

    private static List<ExercisePublished> ordered(List<ExercisePublished> coverage, List<ExercisePublished> extras) {
        return Stream.concat(coverage.stream(), extras.stream())
                .sorted(Comparator.comparing(ExercisePublished::category, Candidates.SESSION_ORDER))
                .toList();
    }

    private record FittedSession(List<ExercisePublished> exercises, int maxStep) {
    }
}
