package dev.stride.bench.imports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * One athlete's export from Strong (its current form, kilograms and kilometers), made from a seed: workouts of 4 to
 * 6 of the catalog's exercises × 3 to 5 sets, named as the catalog names them, spread evenly over the daytime
 * (06:00 to 21:00, clear of daylight-saving changes) of the two years before {@code today}. Every row is valid;
 * the last workout stops early so that the file has exactly the rows asked for.
 */
final class StrongExport {
    static final String HEADER =
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";
    private static final DateTimeFormatter STRONG_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final int DAYS = 730;
    private static final int DAYTIME_MINUTES = 15 * 60;
    /** Below the 5 × 4 sets a workout has on average, so that the workouts end before the two years do. */
    private static final double FEWEST_SETS_PER_WORKOUT_EXPECTED = 18;
    private static final int LONGEST_WORKOUT_MINUTES = 75;
    private static final List<String> TITLES = List.of("Runner strength", "Hips, glutes & core", "Pre-run activation");
    private static final List<String> NOTES = List.of("Felt strong", "Hip tight, slower tempo", "Left side \"weaker\"");

    private final List<SeedExercise> exercises;
    private final Random random;
    private final LocalDate firstDay;

    StrongExport(List<SeedExercise> exercises, long seed, LocalDate today) {
        if (exercises.size() < 6) {
            throw new IllegalArgumentException("A workout takes up to 6 exercises; the catalog has " + exercises.size());
        }
        this.exercises = exercises;
        this.random = new Random(seed);
        this.firstDay = today.minusDays(DAYS);
    }

    /** Writes exactly {@code rows} rows after the header. */
    void write(Path file, int rows) throws IOException {
        double minutesApart = (double) DAYS * DAYTIME_MINUTES / Math.ceil(rows / FEWEST_SETS_PER_WORKOUT_EXPECTED);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            int written = 0;
            for (long workout = 0; written < rows; workout++) {
                written += writeWorkout(out, start(workout, minutesApart), rows - written);
            }
        }
    }

    /**
     * Workout {@code n}'s start: on its slot, or a little later by chance; after the one before has ended, as long as
     * the slots are longer than a workout.
     */
    private LocalDateTime start(long workout, double minutesApart) {
        int lateBy = random.nextInt((int) Math.max(1, minutesApart - LONGEST_WORKOUT_MINUTES));
        long minute = (long) (workout * minutesApart) + lateBy;
        return firstDay.plusDays(minute / DAYTIME_MINUTES).atTime(6, 0).plusMinutes(minute % DAYTIME_MINUTES);
    }

    private int writeWorkout(Writer out, LocalDateTime start, int rowsLeft) throws IOException {
        String workout = String.join(",", STRONG_TIME.format(start), quoted(TITLES.get(random.nextInt(TITLES.size()))),
                duration(30 + random.nextInt(LONGEST_WORKOUT_MINUTES - 29)));
        List<SeedExercise> chosen = new ArrayList<>(exercises);
        Collections.shuffle(chosen, random);
        int written = 0;
        for (SeedExercise exercise : chosen.subList(0, 4 + random.nextInt(3))) {
            int sets = 3 + random.nextInt(3);
            for (int order = 1; order <= sets && written < rowsLeft; order++, written++) {
                out.write(workout + "," + setCells(exercise, order) + "\n");
            }
        }
        return written;
    }

    private String setCells(SeedExercise exercise, int order) {
        SetDose dose = SetDose.of(exercise.measurement(), random);
        String notes = random.nextInt(15) == 0 ? quoted(NOTES.get(random.nextInt(NOTES.size()))) : "";
        String rpe = random.nextInt(3) == 0 ? SetDose.plain(6 + 0.5 * random.nextInt(9)) : "";
        return String.join(",", quoted(exercise.name()), Integer.toString(order), dose.weightKg(), dose.reps(),
                dose.distanceKm(), dose.seconds(), notes, "", rpe);
    }

    /** Strong's duration text: {@code 45m}, {@code 1h 5m}, {@code 1h}. */
    static String duration(int minutes) {
        if (minutes < 60) {
            return minutes + "m";
        }
        return minutes == 60 ? "1h" : "1h " + (minutes - 60) + "m";
    }

    /** The cell as CSV has it: in quotes, its quotes doubled, when it holds a comma, a quote or a line break. */
    static String quoted(String text) {
        boolean plain = text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
