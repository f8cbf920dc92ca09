package dev.stride.progress.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class FormatDetectionTest {

    @Test
    void tellsTheThreeFormatsByTheirHeaders() throws Exception {
        assertEquals(CsvFormat.STRONG, formatOf("\uFEFF" + Header.STRONG_EXAMPLE + "\n"));
        assertEquals(CsvFormat.STRONG_SEMICOLON, formatOf("Date;Workout Name;Exercise Name;Set Order;Weight;"
                + "Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration\r\n"));
        assertEquals(CsvFormat.HEVY, formatOf("\"title\",\"start_time\",\"end_time\",\"description\","
                + "\"exercise_title\",\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_lbs\","
                + "\"reps\",\"distance_miles\",\"duration_seconds\",\"rpe\"\n"));
    }

    @Test
    void acceptsTheColumnsInAnyOrderAndAnyCase() throws Exception {
        assertEquals(CsvFormat.STRONG, formatOf("reps,weight,set order,exercise name,workout name,date\n"));
    }

    @Test
    void refusesAnUnknownHeaderSayingWhatItExpected() {
        UnreadableCsv refused = refusal("Day,Lift,Kilos,Times\n");

        assertTrue(refused.getMessage().startsWith("This is not a Strong or Hevy export: expected a header like "
                + "'Date,Workout Name,"), refused.getMessage());
    }

    @Test
    void namesTheColumnsAStrongOrHevyHeaderLacks() {
        assertEquals("The header looks like a Strong export but lacks the column(s) Set Order, Reps; expected a "
                + "header like '" + Header.STRONG_EXAMPLE + "'.",
                refusal("Date,Workout Name,Exercise Name,Weight\n").getMessage());
        assertTrue(refusal("title,start_time,exercise_title,set_index,reps\n").getMessage()
                .contains("neither weight_kg nor weight_lbs"));
    }

    @Test
    void refusesAnEmptyFileABinaryFileAndARepeatedColumn() {
        assertTrue(refusal("").getMessage().startsWith("The file is empty"));
        assertTrue(refusal("PK\u0003\u0004\u0000\u0000binary").getMessage().startsWith("The file does not start"));
        assertEquals("The header names the column 'Reps' twice.",
                refusal(Header.STRONG_EXAMPLE + ",Reps\n").getMessage());
    }

    private static CsvFormat formatOf(String header) throws IOException, UnreadableCsv {
        try (ForeignCsvReader reader = ForeignCsvReader.open(new StringReader(header), WeightUnit.KG,
                DistanceUnit.KM)) {
            return reader.format();
        }
    }

    private static UnreadableCsv refusal(String header) {
        return assertThrows(UnreadableCsv.class, () -> formatOf(header));
    }
}
