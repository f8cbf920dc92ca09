package dev.stride.progress.transfer;

import java.util.Random;

/** The measures of one sample set, fitting its exercise: reps (and a load), a hold in seconds, or a distance. */
record SampleDose(Double kilograms, Integer reps, Double meters, Integer seconds) {

    static SampleDose of(SampleExercise.Dose dose, SetKind kind, boolean pounds, Random random) {
        return switch (dose) {
            case REPS -> new SampleDose(null, 10 + random.nextInt(11), null, null);
            case LOADED_REPS -> new SampleDose(load(kind, pounds, random), 6 + random.nextInt(7), null, null);
            case HOLD -> new SampleDose(null, null, null, 3 + random.nextInt(58));
            case DISTANCE -> new SampleDose(null, null, 15.0 + random.nextInt(6), null);
            case RUN -> new SampleDose(null, null, 2000.0 + 500 * random.nextInt(9), 600 + random.nextInt(1800));
        };
    }

    private static double load(SetKind kind, boolean pounds, Random random) {
        int steps = kind == SetKind.NORMAL ? 4 + random.nextInt(8) : 2 + random.nextInt(2);
        return pounds ? SampleWorkouts.kilogramsOfPounds(5 * steps) : 2.5 * steps;
    }
}
