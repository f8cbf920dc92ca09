package dev.stride.progress.transfer;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Hevy's rows. {@code set_index} counts from 0, so it becomes the set's order plus one; {@code set_type} is
 * {@code normal}, {@code warmup}, {@code dropset} or {@code failure} (blank is normal). The units are in the column
 * names: {@code weight_kg} or {@code weight_lbs}, {@code distance_km} or {@code distance_miles}.
 */
final class HevyRows implements RowInterpreter {

    static final String TITLE = "title";
    static final String START = "start_time";
    static final String END = "end_time";
    static final String DESCRIPTION = "description";
    static final String EXERCISE = "exercise_title";
    static final String SUPERSET = "superset_id";
    static final String NOTES = "exercise_notes";
    static final String SET_INDEX = "set_index";
    static final String SET_TYPE = "set_type";
    static final String WEIGHT_KG = "weight_kg";
    static final String WEIGHT_LBS = "weight_lbs";
    static final String REPS = "reps";
    static final String DISTANCE_KM = "distance_km";
    static final String DISTANCE_MILES = "distance_miles";
    static final String SECONDS = "duration_seconds";
    static final String RPE = "rpe";
    /** The words Hevy writes in {@code set_type}. */
    static final Map<String, SetKind> SET_TYPES = Map.of("normal", SetKind.NORMAL, "warmup", SetKind.WARMUP,
            "dropset", SetKind.DROP, "failure", SetKind.FAILURE);

    private final String weightColumn;
    private final WeightUnit weightUnit;
    private final String distanceColumn;
    private final DistanceUnit distanceUnit;

    HevyRows(Header header) {
        boolean pounds = !header.has(WEIGHT_KG);
        boolean miles = !header.has(DISTANCE_KM) && header.has(DISTANCE_MILES);
        weightColumn = pounds ? WEIGHT_LBS : WEIGHT_KG;
        weightUnit = pounds ? WeightUnit.LB : WeightUnit.KG;
        distanceColumn = miles ? DISTANCE_MILES : DISTANCE_KM;
        distanceUnit = miles ? DistanceUnit.MI : DistanceUnit.KM;
    }

    @Override
    public ForeignSet interpret(Cells cells) throws RefusedCell {
        LocalDateTime start = WorkoutTimes.dateTime(START, cells.required(START));
        String end = cells.text(END);
        SideMarker.Noted noted = SideMarker.split(cells.text(NOTES));
        return new ForeignSet(cells.text(TITLE), start, end == null ? null : WorkoutTimes.dateTime(END, end),
                cells.required(EXERCISE), orderOf(cells), kindOf(cells.text(SET_TYPE)),
                Measures.kilograms(cells.decimal(weightColumn), weightUnit), cells.whole(REPS),
                Measures.meters(cells.decimal(distanceColumn), distanceUnit), cells.whole(SECONDS),
                Measures.rpe(cells, RPE), noted.side(), noted.notes());
    }

    private static int orderOf(Cells cells) throws RefusedCell {
        cells.required(SET_INDEX);
        Integer index = cells.whole(SET_INDEX);
        return index == null ? 1 : index + 1;
    }

    private static SetKind kindOf(String setType) throws RefusedCell {
        if (setType == null) {
            return SetKind.NORMAL;
        }
        SetKind kind = SET_TYPES.get(setType.toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new RefusedCell(SET_TYPE + " is '" + Cells.shortened(setType)
                    + "', not normal, warmup, dropset or failure");
        }
        return kind;
    }
}
