package dev.stride.plan.generator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.stride.contracts.exercise.ExercisePublished;

/**
 * Turns a plan request and the catalog into dated sessions. Weeks come in blocks of four, the
 * fourth a deload; each block chooses its sessions afresh (rotating away from the previous
 * block's), and every week doses them at each exercise's own progression step. Deterministic:
 * the same plan id, request and catalog give the same schedule (session ids derive from the plan id).
 */
public final class PlanGenerator {
    /** Deload every 4th week. */
    public static final int DELOAD_EVERY = 4;

    private PlanGenerator() {
    }

    public static List<ScheduledSession> generate(UUID planId, PlanSpec spec, List<ExercisePublished> catalog) {
        List<TrainingDay> days = TrainingDays.choose(spec);
        List<ExercisePublished> candidates = Candidates.of(catalog, spec.experience(), spec.equipment());
        SessionBuilder builder = new SessionBuilder(spec, candidates, new Progression(spec.experience()));
        List<SessionComposer.Choice> block = List.of();
        List<Set<UUID>> previousBlock = emptySets(days.size());
        List<ScheduledSession> sessions = new ArrayList<>();
        for (int week = 1; week <= spec.weeks(); week++) {
            if ((week - 1) % DELOAD_EVERY == 0) {
                previousBlock = usedBySlot(sessions, days.size(), week - DELOAD_EVERY);
                block = builder.chooseBlock(previousBlock);
            }
            List<ScheduledSession> ofWeek = week(planId, spec, week, days, block, builder);
            builder.weekDone(week, ofWeek);
            sessions.addAll(ofWeek);
        }
        sessions.sort(Comparator.comparing(ScheduledSession::date));
        return SessionNotes.datedRationales(spec, sessions);
    }

    /** The sessions of {@code week}, in the order of its days, each after those of the week before it. */
    private static List<ScheduledSession> week(UUID planId, PlanSpec spec, int week, List<TrainingDay> days,
            List<SessionComposer.Choice> block, SessionBuilder builder) {
        LocalDate weekStart = spec.startDate().plusDays(7L * (week - 1));
        Set<UUID> thisWeek = new HashSet<>();
        List<ScheduledSession> sessions = new ArrayList<>();
        for (int slot = 0; slot < days.size(); slot++) {
            LocalDate date = weekStart.with(TemporalAdjusters.nextOrSame(days.get(slot).day()));
            UUID sessionId = UUID.nameUUIDFromBytes((planId + "/" + date).getBytes(StandardCharsets.UTF_8));
            ScheduledSession session = builder.session(sessionId, week, date, days.get(slot), block.get(slot), Set.copyOf(thisWeek));
            session.exercises().forEach(p -> thisWeek.add(p.exerciseId()));
            sessions.add(session);
        }
        return sessions;
    }

    public static boolean isDeload(int week) {
        return week % DELOAD_EVERY == 0;
    }

    /** What each slot of the week trained over the block that started at {@code fromWeek}. */
    private static List<Set<UUID>> usedBySlot(List<ScheduledSession> sessions, int slots, int fromWeek) {
        List<Set<UUID>> used = emptySets(slots);
        List<ScheduledSession> block = sessions.stream().filter(s -> s.week() >= fromWeek).toList();
        for (int i = 0; i < block.size(); i++) {
            Set<UUID> slot = used.get(i % slots);
            block.get(i).exercises().forEach(p -> slot.add(p.exerciseId()));
        }
        return used;
    }

    private static List<Set<UUID>> emptySets(int count) {
        List<Set<UUID>> sets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sets.add(new HashSet<>());
        }
        return sets;
    }
}
