package dev.stride.workload;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import dev.stride.contracts.exercise.Measurement;
import dev.stride.contracts.exercise.Prescription;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.Side;

/**
 * What an athlete logs in one session: three to six of the article's exercises, each for its
 * prescribed number of sets, one to two and a half minutes apart. A per-side exercise is logged
 * as a LEFT and a RIGHT set, or as one set done on BOTH sides.
 */
final class Sessions {
    static final String SOURCE = "workload";
    private final Random random;

    Sessions(Random random) {
        this.random = random;
    }

    List<SetCompleted> perform(Athlete athlete, LocalDate day) {
        ZonedDateTime start = ZonedDateTime.of(day, athlete.usualStart(), athlete.zone()).plusMinutes(random.nextInt(20));
        Instant at = start.toInstant();
        UUID session = uuid();
        List<ArticleExercise> exercises = new ArrayList<>(ArticleExercises.ALL);
        Collections.shuffle(exercises, random);
        List<SetCompleted> sets = new ArrayList<>();
        for (ArticleExercise exercise : exercises.subList(0, 3 + random.nextInt(4))) {
            int count = between(exercise.prescription().setsMin(), exercise.prescription().setsMax());
            for (int number = 1; number <= count; number++) {
                for (Side side : sides(exercise)) {
                    at = at.plusSeconds(60 + random.nextInt(91));
                    sets.add(set(athlete, exercise, at, side, number, session));
                }
            }
        }
        return sets;
    }

    /** One set of {@code exercise} by {@code athlete} at {@code at}, with a dose from its prescription. */
    SetCompleted set(Athlete athlete, ArticleExercise exercise, Instant at, Side side, int number, UUID session) {
        Prescription dose = exercise.prescription();
        Measurement measurement = exercise.measurement();
        boolean reps = measurement == Measurement.REPS || measurement == Measurement.REPS_WITH_LOAD;
        return new SetCompleted(uuid().toString(), athlete.id(), exercise.id(), at.atZone(athlete.zone()).toOffsetDateTime(),
                athlete.zone().getId(),
                reps ? between(dose.repsMin(), dose.repsMax()) : null,
                measurement == Measurement.REPS_WITH_LOAD ? pick(exercise.loadsKg()) : null,
                measurement == Measurement.HOLD_SECONDS ? between(dose.holdSecondsMin(), dose.holdSecondsMax()) : null,
                measurement == Measurement.DISTANCE_METERS
                        ? (double) between(dose.distanceMetersMin(), dose.distanceMetersMax()) : null,
                side, random.nextBoolean() ? null : (double) between(5, 9), null, session, number, SOURCE);
    }

    List<Side> sides(ArticleExercise exercise) {
        if (!exercise.perSide()) {
            return Collections.singletonList(null);
        }
        return random.nextDouble() < 0.6 ? List.of(Side.LEFT, Side.RIGHT) : List.of(Side.BOTH);
    }

    UUID uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
