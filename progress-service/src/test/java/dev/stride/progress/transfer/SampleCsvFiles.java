package dev.stride.progress.transfer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes the sample exports in {@code src/test/resources/transfer/}; run {@link #main} from the module directory to
 * rewrite them (the output is the same every time). What they hold, for tests to assert:
 * <ul>
 * <li>{@code strong-sample.csv}: Strong's current form, kg and km, 3,027 rows (145 workouts, 2026-04-01 to
 *     2026-10-30; 43 warm-up sets). Not in the catalog: Bench Press (Barbell) 63 rows, Plank 26, Running
 *     (Treadmill) 12.</li>
 * <li>{@code strong-semicolon-sample.csv}: Strong's older form ({@code ;}, unit columns), 1,005 rows (50 workouts,
 *     2025-02-03 to 2025-04-21), 321 of them in lbs (every third workout, from the second). Not in the catalog:
 *     Bench Press (Barbell) 21 rows, Plank 10, Running (Treadmill) 4.</li>
 * <li>{@code hevy-sample.csv}: Hevy, kg and km, 3,016 rows (151 workouts, 2025-09-01 to 2026-04-13). Not in the
 *     catalog: Bench Press (Barbell) 66 rows, Plank 28, Running (Treadmill) 12.</li>
 * </ul>
 * Every other exercise name is a catalog name or alias from catalog-service's seed (SLDL, Russian twist and Bird
 * dog are aliases). Every row is readable; sides travel in the notes as {@code side: left|right|both}.
 */
public final class SampleCsvFiles {

    static final Path DIRECTORY = Path.of("src/test/resources/transfer");
    static final String STRONG = "strong-sample.csv";
    static final String STRONG_SEMICOLON = "strong-semicolon-sample.csv";
    static final String HEVY = "hevy-sample.csv";

    private SampleCsvFiles() {
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(DIRECTORY);
        try (Writer out = writerOf(STRONG); ForeignCsvWriter csv = ForeignCsvWriter.strong(out)) {
            new SampleWorkouts(1, false).write(LocalDate.of(2026, 4, 1), 3_000, sample -> csv.write(sample.set()));
        }
        try (Writer out = writerOf(STRONG_SEMICOLON); OlderStrongWriter csv = new OlderStrongWriter(out)) {
            new SampleWorkouts(2, true).write(LocalDate.of(2025, 2, 3), 1_000, csv::write);
        }
        try (Writer out = writerOf(HEVY); ForeignCsvWriter csv = ForeignCsvWriter.hevy(out)) {
            new SampleWorkouts(3, false).write(LocalDate.of(2025, 9, 1), 3_000, sample -> csv.write(sample.set()));
        }
    }

    private static Writer writerOf(String file) throws IOException {
        return Files.newBufferedWriter(DIRECTORY.resolve(file), StandardCharsets.UTF_8);
    }
}
