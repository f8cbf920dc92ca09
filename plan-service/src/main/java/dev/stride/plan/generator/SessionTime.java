package dev.stride.plan.generator;

import java.util.List;

import dev.stride.contracts.exercise.Category;

/**
 * Estimates how long a session takes: per exercise 30 s to set up, every set on every side at
 * its tempo (1 s a rep for plyometrics, 3 s for the rest; holds as held; distance walked at
 * 1 m/s), and the rest between sets (none after the last).
 */
public final class SessionTime {
    private static final int SETUP_SECONDS = 30;

    private SessionTime() {
    }

    public static int minutes(List<Prescribed> exercises) {
        int seconds = exercises.stream().mapToInt(SessionTime::seconds).sum();
        return (seconds + 59) / 60;
    }

    static int seconds(Prescribed e) {
        int sides = e.perSide() ? 2 : 1;
        int work;
        if (e.reps() != null) {
            work = e.reps() * (e.category() == Category.PLYOMETRIC ? 1 : 3);
        } else if (e.holdSeconds() != null) {
            work = e.holdSeconds();
        } else {
            work = e.distanceMeters();
        }
        return SETUP_SECONDS + e.sets() * sides * work + (e.sets() - 1) * e.restSeconds();
    }
}
