package dev.stride.plan.generator;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.stride.contracts.exercise.ExercisePublished;

/**
 * What an athlete may change in their plan: move a session to another day of its week, skip it,
 * or swap an exercise for one of its listed alternatives. Only sessions after {@code today}
 * change; a move is held to the rules a generated day keeps, each broken one named.
 */
public final class PlanEdits {
    private PlanEdits() {
    }

    public static Optional<ScheduledSession> find(List<ScheduledSession> sessions, UUID sessionId) {
        return sessions.stream().filter(s -> s.sessionId().equals(sessionId)).findFirst();
    }

    /** The plan with the session on {@code to}; unchanged when it already is. */
    public static List<ScheduledSession> move(PlanSpec spec, List<ScheduledSession> sessions, UUID sessionId, LocalDate to, LocalDate today) {
        ScheduledSession session = changeable(sessions, sessionId, today);
        return move(spec, sessions, session, to, today, "Moved by the athlete from " + day(session.date()) + " to " + day(to) + ".");
    }

    static List<ScheduledSession> move(PlanSpec spec, List<ScheduledSession> sessions, ScheduledSession session, LocalDate to,
            LocalDate today, String change) {
        UUID sessionId = session.sessionId();
        if (to.equals(session.date())) {
            return sessions;
        }
        if (!to.isAfter(today)) {
            throw new PlanRuleBroken("past-sessions-never-change", "A session can only move to a day after today (" + today + ")");
        }
        if (ChronoUnit.DAYS.between(spec.startDate(), to) / 7 + 1 != session.week() || to.isBefore(spec.startDate())) {
            throw new PlanRuleBroken("session-stays-in-its-week", "The session belongs to week " + session.week() + " of the plan; " + to + " is not in it");
        }
        if (spec.runOn(to.getDayOfWeek().plus(1)).isDemanding()) {
            throw new PlanRuleBroken("no-strength-before-hard-run", day(to) + " is the day before " + spec.runOn(to.getDayOfWeek().plus(1)).label());
        }
        sessions.stream().filter(s -> !s.skipped() && !s.sessionId().equals(sessionId)
                && Math.abs(ChronoUnit.DAYS.between(s.date(), to)) < 2).findFirst().ifPresent(s -> {
                    throw new PlanRuleBroken("48h-between-sessions", "The session on " + day(s.date()) + " is less than 48 h from " + day(to));
                });
        return explained(spec, replace(sessions, session.movedTo(to, change)), today);
    }

    /** The plan with the session skipped; unchanged when it already was. */
    public static List<ScheduledSession> skip(PlanSpec spec, List<ScheduledSession> sessions, UUID sessionId, LocalDate today) {
        ScheduledSession session = changeable(sessions, sessionId, today);
        return session.skipped() ? sessions : explained(spec, replace(sessions, session.asSkipped("Skipped by the athlete.")), today);
    }

    public static List<ScheduledSession> swap(PlanSpec spec, List<ScheduledSession> sessions, UUID sessionId, UUID exerciseId,
            UUID alternativeId, List<ExercisePublished> catalog, LocalDate today) {
        ScheduledSession session = changeable(sessions, sessionId, today);
        Prescribed planned = session.exercises().stream().filter(p -> p.exerciseId().equals(exerciseId)).findFirst()
                .orElseThrow(() -> new PlanRuleBroken("swap-for-a-listed-alternative", "Exercise " + exerciseId + " is not in this session"));
        List<ExercisePublished> candidates = Candidates.of(catalog, spec.experience(), spec.equipment());
        Map<UUID, ExercisePublished> byId = candidates.stream().collect(Collectors.toMap(ExercisePublished::id, Function.identity()));
        boolean listed = planned.alternatives().stream().anyMatch(a -> a.exerciseId().equals(alternativeId));
        if (!listed || !byId.containsKey(alternativeId)) {
            throw new PlanRuleBroken("swap-for-a-listed-alternative", listed ? "That alternative is no longer in the catalog for this plan"
                    : alternativeId + " is not one of the alternatives listed for " + planned.name());
        }
        ExercisePublished alternative = byId.get(alternativeId);
        List<ExercisePublished> exercises = session.exercises().stream()
                .map(p -> p.exerciseId().equals(exerciseId) ? alternative : byId.get(p.exerciseId())).filter(e -> e != null).toList();
        Map<UUID, Integer> steps = Refill.steps(session);
        steps.put(alternativeId, planned.step());
        String change = planned.name() + " swapped by the athlete for " + alternative.name() + ", at its progression step.";
        return replace(sessions, Refill.refill(session, exercises, steps, candidates, spec, change));
    }

    private static ScheduledSession changeable(List<ScheduledSession> sessions, UUID sessionId, LocalDate today) {
        ScheduledSession session = find(sessions, sessionId).orElseThrow(() -> new IllegalArgumentException("No session " + sessionId));
        if (!session.date().isAfter(today)) {
            throw new PlanRuleBroken("past-sessions-never-change", "The session of " + session.date() + " is not after today (" + today + ")");
        }
        return session;
    }

    static List<ScheduledSession> replace(List<ScheduledSession> sessions, ScheduledSession changed) {
        List<ScheduledSession> all = new ArrayList<>(sessions.stream().map(s -> s.sessionId().equals(changed.sessionId()) ? changed : s).toList());
        all.sort(Comparator.comparing(ScheduledSession::date));
        return all;
    }

    /** Rationales again from the dates, for sessions after today only. */
    static List<ScheduledSession> explained(PlanSpec spec, List<ScheduledSession> sessions, LocalDate today) {
        List<ScheduledSession> explained = SessionNotes.datedRationales(spec, sessions);
        List<ScheduledSession> kept = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            kept.add(sessions.get(i).date().isAfter(today) ? explained.get(i) : sessions.get(i));
        }
        return kept;
    }

    static String day(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date;
    }
}
