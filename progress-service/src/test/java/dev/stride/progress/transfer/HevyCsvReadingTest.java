package dev.stride.progress.transfer;

import static dev.stride.progress.transfer.Reading.reasonOf;
import static dev.stride.progress.transfer.Reading.rowsOf;
import static dev.stride.progress.transfer.Reading.setOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stride.contracts.sets.Side;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class HevyCsvReadingTest {

    private static final String HEADER = "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\","
            + "\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\","
            + "\"duration_seconds\",\"rpe\"\n";
    private static final LocalDateTime START = LocalDateTime.of(2026, 3, 5, 18, 0);

    @Test
    void readsEachColumnOfAHevyRow() {
        ForeignSet set = setOf(rowsOf(HEADER + "\"Upper, heavy\",\"5 Mar 2026, 18:00\",\"5 Mar 2026, 19:10\",\"\","
                + "\"Clamshell\",,\"band, \"\"red\"\"; side: both\",1,\"normal\",5,12,,0,8.5\n").get(0));

        assertEquals(new ForeignSet("Upper, heavy", START, START.plusMinutes(70), "Clamshell", 2, SetKind.NORMAL,
                5.0, 12, null, null, 8.5, Side.BOTH, "band, \"red\""), set);
    }

    @Test
    void readsSetTypesAndCountsSetIndexFromZero() {
        List<CsvRow> rows = rowsOf(HEADER
                + "Legs,\"5 Mar 2026, 18:00\",,,Clamshell,,,0,warmup,,15,,,\n"
                + "Legs,\"5 Mar 2026, 18:00\",,,Clamshell,,,1,dropset,,12,,,\n"
                + "Legs,\"5 Mar 2026, 18:00\",,,Clamshell,,,2,failure,,9,,,\n"
                + "Legs,\"5 Mar 2026, 18:00\",,,Clamshell,,,3,,,9,,,\n");

        assertEquals(List.of(1, 2, 3, 4), rows.stream().map(row -> setOf(row).setOrder()).toList());
        assertEquals(List.of(SetKind.WARMUP, SetKind.DROP, SetKind.FAILURE, SetKind.NORMAL),
                rows.stream().map(row -> setOf(row).kind()).toList());
    }

    @Test
    void readsPoundsAndMilesFromTheirColumnNames() {
        ForeignSet set = setOf(rowsOf("title,start_time,end_time,exercise_title,set_index,set_type,weight_lbs,reps,"
                + "distance_miles,duration_seconds,rpe\n"
                + "Run,\"5 Mar 2026, 18:00\",,Running (Treadmill),0,normal,10,,3,1500,\n").get(0));

        assertEquals(4.5359237, set.weightKg());
        assertEquals(4828.032, set.distanceMeters());
        assertEquals(1500, set.seconds());
    }

    @Test
    void acceptsTimesWithSecondsOrInIsoForm() {
        List<CsvRow> rows = rowsOf(HEADER
                + "A,\"5 Mar 2026, 18:00:15\",\"5 mar 2026, 18:40\",,Clamshell,,,0,normal,,12,,,\n"
                + "B,2026-03-05T18:00:00,2026-03-05 18:40,,Clamshell,,,0,normal,,12,,,\n"
                + "C,\"5 Sept 2026, 18:00\",,,Clamshell,,,0,normal,,12,,,\n");

        assertEquals(START.plusSeconds(15), setOf(rows.get(0)).workoutStart());
        assertEquals(START.plusMinutes(40), setOf(rows.get(1)).workoutEnd());
        assertEquals(LocalDateTime.of(2026, 9, 5, 18, 0), setOf(rows.get(2)).workoutStart());
    }

    @Test
    void refusesASetTypeItDoesNotKnow() {
        CsvRow row = rowsOf(HEADER + "A,\"5 Mar 2026, 18:00\",,,Clamshell,,,0,superset,,12,,,\n").get(0);

        assertEquals("set_type is 'superset', not normal, warmup, dropset or failure", reasonOf(row));
    }
}
