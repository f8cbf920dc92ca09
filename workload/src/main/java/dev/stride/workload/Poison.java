package dev.stride.workload;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;

import dev.stride.contracts.sets.SetCompleted;

/**
 * Records the service must send to {@code completed-sets.dlq}, each made from a valid set: not
 * JSON, out of range (negative reps, over 1,000 kg, a hold over a day), an unknown time zone, a
 * time far in the future, or the id of an earlier set with other content (a conflict).
 */
final class Poison {
    private final Random random;
    private final LocalDate lastDay;

    Poison(Random random, LocalDate lastDay) {
        this.random = random;
        this.lastDay = lastDay;
    }

    /** A conflict: the original's id with one more rep (or second, or metre); must arrive after the original. */
    static WorkloadRecord conflictWith(SetCompleted s) {
        boolean reps = s.reps() != null;
        boolean hold = !reps && s.durationSeconds() != null;
        Double distance = reps || hold ? s.distanceMeters() : Double.valueOf(s.distanceMeters() + 1);
        return WorkloadRecord.poison(new SetCompleted(s.eventId(), s.athleteId(), s.exerciseId(), s.completedAt(),
                s.timeZone(), reps ? s.reps() + 1 : null, s.loadKg(), hold ? s.durationSeconds() + 1 : null,
                distance, s.side(), s.rpe(), s.planId(),
                s.sessionId(), s.setNumber(), s.source()));
    }

    /** A malformed variant of {@code s} under the fresh id {@code eventId}. */
    WorkloadRecord malformed(SetCompleted s, String eventId) {
        return switch (random.nextInt(6)) {
            case 0 -> WorkloadRecord.poison(s.athleteId(), eventId, "{\"eventId\":\"" + eventId + "\",\"athleteId\":");
            case 1 -> WorkloadRecord.poison(copy(s, eventId, -5, s.loadKg(), s.durationSeconds(), s.timeZone(), s));
            case 2 -> WorkloadRecord.poison(copy(s, eventId, 8, 1_500.0, null, s.timeZone(), s));
            case 3 -> WorkloadRecord.poison(copy(s, eventId, null, null, 90_000, s.timeZone(), s));
            case 4 -> WorkloadRecord.poison(copy(s, eventId, s.reps(), s.loadKg(), s.durationSeconds(), "Mars/Olympus_Mons", s));
            default -> WorkloadRecord.poison(inTheFuture(s, eventId));
        };
    }

    private SetCompleted inTheFuture(SetCompleted s, String eventId) {
        SetCompleted copy = copy(s, eventId, s.reps(), s.loadKg(), s.durationSeconds(), s.timeZone(), s);
        return new SetCompleted(eventId, s.athleteId(), s.exerciseId(),
                lastDay.plusDays(60).atStartOfDay().atOffset(ZoneOffset.UTC), copy.timeZone(), copy.reps(),
                copy.loadKg(), copy.durationSeconds(), copy.distanceMeters(), copy.side(), copy.rpe(), null,
                copy.sessionId(), copy.setNumber(), copy.source());
    }

    private static SetCompleted copy(SetCompleted s, String eventId, Integer reps, Double loadKg, Integer hold,
                                     String zone, SetCompleted base) {
        return new SetCompleted(eventId, base.athleteId(), base.exerciseId(), base.completedAt(), zone, reps, loadKg,
                hold, base.distanceMeters(), base.side(), base.rpe(), null, base.sessionId(), base.setNumber(),
                base.source());
    }
}
