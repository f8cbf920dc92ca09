package dev.stride.progress.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleFilesTest {

    private static final Set<String> CATALOG_NAMES = SampleExercise.CATALOG.stream().map(SampleExercise::name)
            .collect(Collectors.toSet());

    @ParameterizedTest
    @CsvSource({
        "strong-sample.csv, STRONG, 3027, 145, 2026-04-01, 2026-10-30, 63, 26, 12",
        "strong-semicolon-sample.csv, STRONG_SEMICOLON, 1005, 50, 2025-02-03, 2025-04-21, 21, 10, 4",
        "hevy-sample.csv, HEVY, 3016, 151, 2025-09-01, 2026-04-13, 66, 28, 12"})
    void holdsWhatTheGeneratorsJavadocSays(String file, CsvFormat format, int rows, int workouts, LocalDate first,
            LocalDate last, long benchPress, long plank, long treadmill) throws Exception {
        List<ForeignSet> sets = setsOf(file, format);
        Map<String, Long> rowsByName = sets.stream()
                .collect(Collectors.groupingBy(ForeignSet::exerciseName, Collectors.counting()));

        assertEquals(rows, sets.size());
        assertEquals(workouts, sets.stream().map(ForeignSet::workoutStart).distinct().count());
        assertEquals(first, sets.get(0).workoutStart().toLocalDate());
        assertEquals(last, sets.get(sets.size() - 1).workoutStart().toLocalDate());
        assertEquals(Map.of("Bench Press (Barbell)", benchPress, "Plank", plank, "Running (Treadmill)", treadmill),
                rowsByName.entrySet().stream().filter(named -> !CATALOG_NAMES.contains(named.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @ParameterizedTest
    @CsvSource({"strong-sample.csv, STRONG", "strong-semicolon-sample.csv, STRONG_SEMICOLON", "hevy-sample.csv, HEVY"})
    void givesEachSetTheMeasuresOfItsExercise(String file, CsvFormat format) throws Exception {
        Map<String, SampleExercise.Dose> doses = doses();

        for (ForeignSet set : setsOf(file, format)) {
            SampleExercise.Dose dose = doses.get(set.exerciseName());
            assertEquals(dose == SampleExercise.Dose.HOLD || dose == SampleExercise.Dose.RUN, set.seconds() != null);
            assertEquals(dose == SampleExercise.Dose.REPS || dose == SampleExercise.Dose.LOADED_REPS,
                    set.reps() != null, set::toString);
            assertTrue(set.setOrder() >= 1 && set.setOrder() <= 5, set::toString);
        }
    }

    @ParameterizedTest
    @CsvSource({"strong-semicolon-sample.csv, STRONG_SEMICOLON"})
    void readsThePoundsOfTheOlderFormAsWholePoundsInKilograms(String file, CsvFormat format) throws Exception {
        long poundsRows = Files.readAllLines(SampleCsvFiles.DIRECTORY.resolve(file)).stream()
                .filter(line -> line.contains(";lbs;")).count();

        assertEquals(321, poundsRows);
        assertTrue(setsOf(file, format).stream().anyMatch(set -> set.weightKg() != null
                && set.weightKg() == SampleWorkouts.kilogramsOfPounds(25)));
    }

    private static Map<String, SampleExercise.Dose> doses() {
        return Stream.concat(SampleExercise.CATALOG.stream(), Stream.of(
                SampleExercise.BENCH_PRESS, SampleExercise.PLANK, SampleExercise.TREADMILL))
                .collect(Collectors.toMap(SampleExercise::name, SampleExercise::dose));
    }

    private static List<ForeignSet> setsOf(String file, CsvFormat format) throws IOException, UnreadableCsv {
        try (Reader in = Files.newBufferedReader(SampleCsvFiles.DIRECTORY.resolve(file), StandardCharsets.UTF_8);
                ForeignCsvReader reader = ForeignCsvReader.open(in, WeightUnit.KG, DistanceUnit.KM)) {
            assertEquals(format, reader.format());
            List<ForeignSet> sets = new ArrayList<>();
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                sets.add(Reading.setOf(row));
            }
            return sets;
        }
    }
}
