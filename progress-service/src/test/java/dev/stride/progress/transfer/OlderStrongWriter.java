package dev.stride.progress.transfer;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes sample sets in Strong's older, semicolon-separated form with unit columns, as Strong did (0 for unused). */
final class OlderStrongWriter implements Closeable {

    static final String HEADER = "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;"
            + "Distance Unit;Seconds;Notes;Workout Notes;Workout Duration";
    private final SequenceWriter rows;
    private final SetPositions normalSets = new SetPositions();

    OlderStrongWriter(Writer out) throws IOException {
        out.write(HEADER + "\n");
        rows = new CsvMapper().writerFor(String[].class).with(CsvSchema.emptySchema().withColumnSeparator(';'))
                .writeValues(out);
    }

    void write(SampleWorkouts.SampleSet sample) throws IOException {
        ForeignSet set = sample.set();
        rows.write(new String[] {WorkoutTimes.STRONG.format(set.workoutStart()), set.workoutTitle(),
            set.exerciseName(), setOrder(set), weight(sample), sample.inPounds() ? "lbs" : "kg", zeroIfNull(set.reps()),
            orBlank(Measures.written(set.rpe())), orBlank(Measures.kilometers(set.distanceMeters())),
            set.distanceMeters() == null ? "" : "km", zeroIfNull(set.seconds()),
            orBlank(FormulaGuard.guarded(SideMarker.appended(set.notes(), set.side()))), "",
            WorkoutTimes.strongDuration(set.workoutStart(), set.workoutEnd())});
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    private String setOrder(ForeignSet set) {
        return switch (set.kind()) {
            case WARMUP -> "W";
            case DROP -> "D";
            case FAILURE -> "F";
            case NORMAL -> Integer.toString(normalSets.next(set.workoutStart(), set.workoutTitle(), set.exerciseName()));
        };
    }

    private static String weight(SampleWorkouts.SampleSet sample) {
        Double kilograms = sample.set().weightKg();
        if (kilograms == null) {
            return "0";
        }
        return sample.inPounds() ? BigDecimal.valueOf(kilograms).divide(WeightUnit.LB.kilograms(), 0,
                RoundingMode.HALF_UP).toPlainString() : Measures.written(kilograms);
    }

    private static String zeroIfNull(Integer value) {
        return value == null ? "0" : value.toString();
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }
}
