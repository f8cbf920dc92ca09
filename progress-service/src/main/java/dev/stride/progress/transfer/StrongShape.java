package dev.stride.progress.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Strong's current columns, in kilograms and kilometers. {@code Set Order} is a letter for a special set
 * ({@code W}, {@code D}, {@code F}) and otherwise counts the normal sets of the exercise, as Strong does; the sets
 * of one exercise in one workout are expected in order, one after another.
 */
final class StrongShape implements ColumnShape {

    private static final List<String> HEADER = List.of(Header.STRONG_EXAMPLE.split(","));
    private final SetPositions normalSets = new SetPositions();

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public List<String> cells(ForeignSet set) {
        return Arrays.asList(WorkoutTimes.STRONG.format(set.workoutStart()), FormulaGuard.guarded(set.workoutTitle()),
                WorkoutTimes.strongDuration(set.workoutStart(), set.workoutEnd()),
                FormulaGuard.guarded(set.exerciseName()), setOrder(set), Measures.written(set.weightKg()),
                Measures.written(set.reps()), Measures.kilometers(set.distanceMeters()),
                Measures.written(set.seconds()), FormulaGuard.guarded(SideMarker.appended(set.notes(), set.side())),
                null, Measures.written(set.rpe()));
    }

    private String setOrder(ForeignSet set) {
        if (set.kind() != SetKind.NORMAL) {
            return letterOf(set.kind());
        }
        return Integer.toString(normalSets.next(set.workoutStart(), set.workoutTitle(), set.exerciseName()));
    }

    private static String letterOf(SetKind kind) {
        return StrongRows.LETTERS.entrySet().stream().filter(letter -> letter.getValue() == kind)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }
}
