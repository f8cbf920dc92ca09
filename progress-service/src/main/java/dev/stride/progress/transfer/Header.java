package dev.stride.progress.transfer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The header row of an export: which format it is, by its column names (in any order), and where each column is. */
record Header(CsvFormat format, List<String> names, Map<String, Integer> positions) {

    static final String STRONG_EXAMPLE = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,"
            + "Seconds,Notes,Workout Notes,RPE";
    static final String HEVY_EXAMPLE = "title,start_time,end_time,description,exercise_title,superset_id,"
            + "exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe";
    private static final List<String> STRONG_REQUIRED = List.of(StrongRows.DATE, StrongRows.WORKOUT,
            StrongRows.EXERCISE, StrongRows.SET_ORDER, StrongRows.WEIGHT, StrongRows.REPS);
    private static final List<String> HEVY_REQUIRED = List.of(HevyRows.TITLE, HevyRows.START,
            HevyRows.EXERCISE, HevyRows.SET_INDEX, HevyRows.REPS);

    static Header of(String[] names) throws UnreadableCsv {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (positions.put(key(names[i]), i) != null) {
                throw new UnreadableCsv("The header names the column '" + names[i].trim() + "' twice.");
            }
        }
        return new Header(formatOf(positions), List.of(names), Map.copyOf(positions));
    }

    boolean has(String column) {
        return positions.containsKey(key(column));
    }

    /** The position of the column, or -1 if the file does not have it. */
    int positionOf(String column) {
        return positions.getOrDefault(key(column), -1);
    }

    int size() {
        return names.size();
    }

    String nameAt(int position) {
        return names.get(position).trim();
    }

    private static CsvFormat formatOf(Map<String, Integer> positions) throws UnreadableCsv {
        if (positions.containsKey(key(HevyRows.EXERCISE))) {
            requireAll(positions, HEVY_REQUIRED, "Hevy", HEVY_EXAMPLE);
            requireOne(positions, HevyRows.WEIGHT_KG, HevyRows.WEIGHT_LBS);
            return CsvFormat.HEVY;
        }
        if (positions.containsKey(key(StrongRows.EXERCISE))) {
            requireAll(positions, STRONG_REQUIRED, "Strong", STRONG_EXAMPLE);
            return positions.containsKey(key(StrongRows.WEIGHT_UNIT)) ? CsvFormat.STRONG_SEMICOLON : CsvFormat.STRONG;
        }
        throw new UnreadableCsv("This is not a Strong or Hevy export: expected a header like '" + STRONG_EXAMPLE
                + "' (Strong) or '" + HEVY_EXAMPLE + "' (Hevy).");
    }

    private static void requireAll(Map<String, Integer> positions, List<String> required, String app, String example)
            throws UnreadableCsv {
        List<String> missing = required.stream().filter(column -> !positions.containsKey(key(column))).toList();
        if (!missing.isEmpty()) {
            throw new UnreadableCsv("The header looks like a " + app + " export but lacks the column(s) "
                    + String.join(", ", missing) + "; expected a header like '" + example + "'.");
        }
    }

    private static void requireOne(Map<String, Integer> positions, String one, String other) throws UnreadableCsv {
        if (!positions.containsKey(key(one)) && !positions.containsKey(key(other))) {
            throw new UnreadableCsv("The header looks like a Hevy export but has neither " + one + " nor " + other
                    + "; expected a header like '" + HEVY_EXAMPLE + "'.");
        }
    }

    private static String key(String column) {
        return column.trim().toLowerCase(Locale.ROOT);
    }
}
