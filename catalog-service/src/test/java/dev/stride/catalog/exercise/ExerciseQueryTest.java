package dev.stride.catalog.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stride.contracts.exercise.Category;
import dev.stride.contracts.exercise.Equipment;
import dev.stride.contracts.exercise.ExerciseStatus;
import dev.stride.contracts.exercise.Muscle;
import dev.stride.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ExerciseQueryTest {

    @Test
    void readsFiltersCaseInsensitivelyWithDefaults() {
        assertEquals(new ExerciseQuery(Muscle.HIP_ABDUCTORS, Category.CORE_STABILITY, Equipment.MEDICINE_BALL,
                        ExerciseStatus.RETIRED, "twist", null, 20),
                ExerciseQuery.parse("hip-abductors", "core_stability", "Medicine_Ball", "retired", "  twist ", null, null));
        assertEquals(new ExerciseQuery(null, null, null, null, null, null, 20),
                ExerciseQuery.parse(null, "", null, null, " ", null, null));
    }

    @Test
    void aCursorLeadsToTheSlugItWasMadeFrom() {
        String cursor = ExerciseQuery.cursorAfter("single-leg-deadlift");
        assertEquals("single-leg-deadlift", ExerciseQuery.parse(null, null, null, null, null, cursor, "5").afterSlug());
    }

    @Test
    void capsThePageSize() {
        assertEquals(100, ExerciseQuery.parse(null, null, null, null, null, null, "100").limit());
        assertThrows(ProblemException.class, () -> ExerciseQuery.parse(null, null, null, null, null, null, "101"));
        assertThrows(ProblemException.class, () -> ExerciseQuery.parse(null, null, null, null, null, null, "0"));
        assertThrows(ProblemException.class, () -> ExerciseQuery.parse(null, null, null, null, null, null, "ten"));
    }

    @Test
    void refusesACursorItDidNotHandOut() {
        String forged = java.util.Base64.getUrlEncoder().encodeToString("x' or 1=1".getBytes());
        assertThrows(ProblemException.class, () -> ExerciseQuery.parse(null, null, null, null, null, forged, null));
    }
}
