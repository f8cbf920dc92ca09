package dev.stride.plan.generator;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import dev.stride.contracts.exercise.Category;
import dev.stride.contracts.exercise.Equipment;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.ExerciseStatus;

/** The exercises of the catalog an athlete may be given: active, dosable, within equipment and experience. */
public final class Candidates {
    /** Where an exercise goes in a session: plyometrics first, while fresh; mobility last. */
    public static final Comparator<Category> SESSION_ORDER = Comparator.comparingInt(category -> switch (category) {
        case PLYOMETRIC -> 0;
        case STRENGTH -> 1;
        case BALANCE -> 2;
        case CORE_STABILITY -> 3;
        case MOBILITY -> 4;
    });

    private Candidates() {
    }

    public static List<ExercisePublished> of(List<ExercisePublished> catalog, Experience experience, Set<Equipment> equipment) {
        return catalog.stream()
                .filter(e -> fits(e, equipment) && experience.allows(e.difficulty()))
                .sorted(Comparator.comparing(ExercisePublished::slug)
                        .thenComparing(ExercisePublished::id))
                .toList();
    }

    /** Active, dosable, with primary muscles and a category, and needing only {@code equipment}. */
    public static boolean fits(ExercisePublished e, Set<Equipment> equipment) {
        return e.status() == ExerciseStatus.ACTIVE && e.slug() != null && e.category() != null && Dosing.isDosable(e)
                && e.primaryMuscles() != null && !e.primaryMuscles().isEmpty()
                && (e.equipment() == null || equipment.containsAll(e.equipment()));
    }
}
