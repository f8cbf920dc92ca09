package dev.stride.progress.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Hevy's columns, in kilograms and kilometers. Hevy's times hold minutes, so seconds of the workout's start and end
 * are not written; {@code set_index} is the set's order minus one.
 */
final class HevyShape implements ColumnShape {

    private static final List<String> HEADER = List.of(Header.HEVY_EXAMPLE.split(","));

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public List<String> cells(ForeignSet set) {
        return Arrays.asList(FormulaGuard.guarded(set.workoutTitle()), WorkoutTimes.HEVY.format(set.workoutStart()),
                set.workoutEnd() == null ? null : WorkoutTimes.HEVY.format(set.workoutEnd()), null,
                FormulaGuard.guarded(set.exerciseName()), null,
                FormulaGuard.guarded(SideMarker.appended(set.notes(), set.side())),
                Integer.toString(set.setOrder() - 1), setType(set.kind()), Measures.written(set.weightKg()),
                Measures.written(set.reps()), Measures.kilometers(set.distanceMeters()),
                Measures.written(set.seconds()), Measures.written(set.rpe()));
    }

    private static String setType(SetKind kind) {
        return HevyRows.SET_TYPES.entrySet().stream().filter(type -> type.getValue() == kind)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }
}
