package dev.stride.progress.transfer;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the rows of both Strong forms. {@code Set Order} holds a number for a normal set or a letter for a special
 * one ({@code W} warm-up, {@code D} drop set, {@code F} failure); either way the set's order is its position among
 * the rows of that exercise in that workout, so {@code W, 1, 2, D} become sets 1 to 4. The older form's unit columns
 * win over the units the caller gave; a blank unit falls back to them.
 */
final class StrongRows implements RowInterpreter {

    static final String DATE = "Date";
    static final String WORKOUT = "Workout Name";
    static final String DURATION = "Duration";
    static final String WORKOUT_DURATION = "Workout Duration";
    static final String EXERCISE = "Exercise Name";
    static final String SET_ORDER = "Set Order";
    static final String WEIGHT = "Weight";
    static final String WEIGHT_UNIT = "Weight Unit";
    static final String REPS = "Reps";
    static final String DISTANCE = "Distance";
    static final String DISTANCE_UNIT = "Distance Unit";
    static final String SECONDS = "Seconds";
    static final String NOTES = "Notes";
    static final String RPE = "RPE";
    /** The letters Strong writes in {@code Set Order} instead of a number for special sets. */
    static final Map<String, SetKind> LETTERS = Map.of("W", SetKind.WARMUP, "D", SetKind.DROP, "F", SetKind.FAILURE);
    private static final Pattern SET_NUMBER = Pattern.compile("\\d{1,4}");

    private final WeightUnit weightUnit;
    private final DistanceUnit distanceUnit;
    private final SetPositions positions = new SetPositions();

    StrongRows(WeightUnit weightUnit, DistanceUnit distanceUnit) {
        this.weightUnit = weightUnit;
        this.distanceUnit = distanceUnit;
    }

    @Override
    public ForeignSet interpret(Cells cells) throws RefusedCell {
        LocalDateTime start = WorkoutTimes.dateTime(DATE, cells.required(DATE));
        String title = cells.text(WORKOUT);
        String exercise = cells.required(EXERCISE);
        SetKind kind = kindOf(cells.required(SET_ORDER));
        int order = positions.next(start, title, exercise);
        SideMarker.Noted noted = SideMarker.split(cells.text(NOTES));
        return new ForeignSet(title, start, endOf(cells, start), exercise, order, kind,
                Measures.kilograms(cells.decimal(WEIGHT), weightUnitOf(cells)), cells.whole(REPS),
                Measures.meters(cells.decimal(DISTANCE), distanceUnitOf(cells)), cells.whole(SECONDS),
                Measures.rpe(cells, RPE), noted.side(), noted.notes());
    }

    private static SetKind kindOf(String setOrder) throws RefusedCell {
        SetKind special = LETTERS.get(setOrder.toUpperCase(Locale.ROOT));
        if (special != null) {
            return special;
        }
        if (SET_NUMBER.matcher(setOrder).matches()) {
            return SetKind.NORMAL;
        }
        if (setOrder.equalsIgnoreCase("Rest Timer")) {
            throw new RefusedCell(SET_ORDER + " is 'Rest Timer': a rest timer, not a set");
        }
        throw new RefusedCell(SET_ORDER + " is '" + Cells.shortened(setOrder)
                + "', not a set number or W (warm-up), D (drop set), F (failure)");
    }

    private static LocalDateTime endOf(Cells cells, LocalDateTime start) throws RefusedCell {
        String column = cells.text(DURATION) != null ? DURATION : WORKOUT_DURATION;
        return WorkoutTimes.endAfter(start, column, cells.text(column));
    }

    private WeightUnit weightUnitOf(Cells cells) throws RefusedCell {
        String unit = cells.text(WEIGHT_UNIT);
        if (unit == null) {
            return weightUnit;
        }
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "kg", "kgs" -> WeightUnit.KG;
            case "lb", "lbs" -> WeightUnit.LB;
            default -> throw new RefusedCell(WEIGHT_UNIT + " is '" + Cells.shortened(unit) + "', not kg or lbs");
        };
    }

    private DistanceUnit distanceUnitOf(Cells cells) throws RefusedCell {
        String unit = cells.text(DISTANCE_UNIT);
        if (unit == null) {
            return distanceUnit;
        }
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "km" -> DistanceUnit.KM;
            case "mi", "mi.", "miles" -> DistanceUnit.MI;
            default -> throw new RefusedCell(DISTANCE_UNIT + " is '" + Cells.shortened(unit) + "', not km or mi");
        };
    }
}
