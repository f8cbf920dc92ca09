package dev.stride.catalog.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import dev.stride.contracts.exercise.Category;
import dev.stride.contracts.exercise.ExerciseLink;
import dev.stride.contracts.exercise.Laterality;
import dev.stride.contracts.exercise.Measurement;
import dev.stride.contracts.exercise.Muscle;
import dev.stride.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;

class ExerciseRulesTest {

    private static PrescriptionRequest reps(int setsMin, int setsMax, Integer repsMin, Integer repsMax) {
        return new PrescriptionRequest(setsMin, setsMax, repsMin, repsMax, null, null, null, null, true, 60);
    }

    private static ExerciseRequest request(Measurement measurement, PrescriptionRequest dose, List<String> cues,
                                           List<ExerciseLink> progressions) {
        return new ExerciseRequest("clamshell", "Clamshell", List.of(), null, List.of(), cues, List.of(),
                List.of(Muscle.GLUTES), List.of(), Category.STRENGTH, List.of(), Laterality.UNILATERAL, measurement,
                dose, null, progressions, List.of(), null, null);
    }

    @Test
    void acceptsTheClamshellAsTheArticleDosesIt() {
        assertEquals(List.of(), ExerciseRules.check(request(Measurement.REPS, reps(2, 3, 10, 12), List.of("Feet together."), List.of())));
    }

    @Test
    void wantsRangesInOrder() {
        assertEquals(List.of(new FieldError("prescription.setsMax", "must not be less than setsMin"),
                        new FieldError("prescription.repsMax", "must not be less than repsMin")),
                ExerciseRules.check(request(Measurement.REPS, reps(3, 2, 12, 10), List.of(), List.of())));
    }

    @Test
    void wantsTheRangeOfTheMeasurementAndNoOther() {
        PrescriptionRequest holdWithReps = new PrescriptionRequest(1, 2, 10, 12, null, 10, null, null, true, 0);
        assertEquals(List.of(new FieldError("prescription.repsMin", "must be empty for this measurement"),
                        new FieldError("prescription.holdSecondsMin", "must be set for this measurement")),
                ExerciseRules.check(request(Measurement.HOLD_SECONDS, holdWithReps, List.of(), List.of())));
    }

    @Test
    void namesEachBadListItem() {
        List<String> cues = java.util.Arrays.asList("Fine.", " ", null, "x".repeat(501));
        assertEquals(List.of(new FieldError("cues[1]", "must not be blank"), new FieldError("cues[2]", "must not be blank"),
                        new FieldError("cues[3]", "must be at most 500 characters")),
                ExerciseRules.check(request(Measurement.REPS, reps(1, 1, 5, 5), cues, List.of())));
    }

    @Test
    void wantsALinkToNameAnExerciseOrDescribeAChange() {
        List<ExerciseLink> links = List.of(new ExerciseLink(UUID.randomUUID(), null), new ExerciseLink(null, null),
                new ExerciseLink(null, "Hold a medicine ball."), new ExerciseLink(null, " "));
        assertEquals(List.of(new FieldError("progressions[1]", "must name an exerciseId or give a description"),
                        new FieldError("progressions[3].description", "must be 1 to 500 characters, not blank")),
                ExerciseRules.check(request(Measurement.REPS, reps(1, 1, 5, 5), List.of(), links)));
    }
}
