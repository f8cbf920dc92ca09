package dev.stride.progress.transfer;

import dev.stride.contracts.sets.Side;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Deterministic workouts for the sample files: one every day or two from the first day, 5 to 8 exercises of the
 * catalog each, 1 to 5 sets each, some warm-ups and drop sets, some RPE, some notes with commas, quotes and line
 * breaks, sides on some unilateral sets. Workout {@code n} (from 0) adds 3 sets of Bench Press (Barbell) when
 * {@code n % 7 == 3}, 2 of Plank when {@code n % 11 == 5} and 1 of Running (Treadmill) when {@code n % 13 == 0}.
 */
final class SampleWorkouts {

    /** A set, and whether the athlete logged it in pounds (its weight is then a whole number of pounds). */
    record SampleSet(ForeignSet set, boolean inPounds) {
    }

    interface Sink {
        void accept(SampleSet set) throws IOException;
    }

    private static final List<String> NOTES = List.of("Felt strong, \"easy\" today", "Knee ok, hip tight",
            "Slow tempo; 3 s down", "Left side weaker,\nfocus next time", "=not a formula");
    private final Random random;
    private final boolean somePounds;

    SampleWorkouts(long seed, boolean somePounds) {
        this.random = new Random(seed);
        this.somePounds = somePounds;
    }

    /** Writes whole workouts until at least that many sets are written; returns how many were. */
    int write(LocalDate firstDay, int setsWanted, Sink sink) throws IOException {
        int written = 0;
        LocalDate day = firstDay;
        for (int workout = 0; written < setsWanted; workout++) {
            List<SampleSet> sets = workout(workout, day.atTime(6 + random.nextInt(13), random.nextInt(60)));
            for (SampleSet set : sets) {
                sink.accept(set);
            }
            written += sets.size();
            day = day.plusDays(1 + random.nextInt(2));
        }
        return written;
    }

    private List<SampleSet> workout(int number, LocalDateTime start) {
        LocalDateTime end = start.plusMinutes(30 + random.nextInt(46));
        String title = List.of("Runner strength", "Hips, glutes & core", "Pre-run activation").get(number % 3);
        boolean pounds = somePounds && number % 3 == 1;
        List<SampleExercise> exercises = new ArrayList<>(SampleExercise.CATALOG);
        Collections.shuffle(exercises, random);
        List<SampleSet> sets = new ArrayList<>();
        for (SampleExercise exercise : exercises.subList(0, 5 + random.nextInt(4))) {
            addSets(sets, exercise, 1 + random.nextInt(5), new Workout(title, start, end, pounds));
        }
        addUnmapped(sets, number, new Workout(title, start, end, pounds));
        return sets;
    }

    private void addUnmapped(List<SampleSet> sets, int number, Workout workout) {
        if (number % 7 == 3) {
            addSets(sets, SampleExercise.BENCH_PRESS, 3, workout);
        }
        if (number % 11 == 5) {
            addSets(sets, SampleExercise.PLANK, 2, workout);
        }
        if (number % 13 == 0) {
            addSets(sets, SampleExercise.TREADMILL, 1, workout);
        }
    }

    private record Workout(String title, LocalDateTime start, LocalDateTime end, boolean pounds) {
    }

    private void addSets(List<SampleSet> sets, SampleExercise exercise, int count, Workout workout) {
        boolean warmUp = exercise.dose() == SampleExercise.Dose.LOADED_REPS && count > 1 && random.nextInt(3) == 0;
        boolean drop = exercise.dose() == SampleExercise.Dose.LOADED_REPS && count > 2 && random.nextInt(6) == 0;
        for (int order = 1; order <= count; order++) {
            SetKind kind = order == 1 && warmUp ? SetKind.WARMUP : order == count && drop ? SetKind.DROP : SetKind.NORMAL;
            sets.add(new SampleSet(set(exercise, order, kind, workout), workout.pounds()));
        }
    }

    private ForeignSet set(SampleExercise exercise, int order, SetKind kind, Workout workout) {
        SampleDose dose = SampleDose.of(exercise.dose(), kind, workout.pounds(), random);
        Double rpe = random.nextInt(5) < 2 ? 6 + random.nextInt(9) * 0.5 : null;
        Side side = exercise.unilateral() && random.nextBoolean() ? Side.values()[random.nextInt(3)] : null;
        String notes = random.nextInt(10) == 0 ? NOTES.get(random.nextInt(NOTES.size())) : null;
        return new ForeignSet(workout.title(), workout.start(), workout.end(), exercise.name(), order, kind,
                dose.kilograms(), dose.reps(), dose.meters(), dose.seconds(), rpe, side, notes);
    }

    /** Exactly the kilograms of a whole number of pounds. */
    static double kilogramsOfPounds(int pounds) {
        return new BigDecimal(pounds).multiply(WeightUnit.LB.kilograms()).doubleValue();
    }
}
