package dev.stride.progress.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordKindTest {

    @ParameterizedTest(name = "{0}: reps {1}, load {2}, hold {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "BEST_E1RM     | 5  | 100  | -  | 116.67",
            "BEST_E1RM     | 1  | 140  | -  | 140.00",
            "BEST_E1RM     | 12 | 60   | -  | 84.00",
            "BEST_E1RM     | 13 | 60   | -  | -",
            "BEST_E1RM     | 10 | -    | -  | -",
            "HEAVIEST_LOAD | 5  | 22.5 | -  | 22.5",
            "HEAVIEST_LOAD | 5  | 0    | -  | -",
            "MOST_REPS     | 15 | -    | -  | 15",
            "LONGEST_HOLD  | -  | -    | 90 | 90",
            "LONGEST_HOLD  | 8  | 20   | -  | -"})
    void scores(RecordKind kind, Integer reps, Double load, Integer hold, BigDecimal expected) {
        assertEquals(Optional.ofNullable(expected), kind.score(reps, load, hold));
    }
}
