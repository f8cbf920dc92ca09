package dev.stride.contracts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stride.contracts.exercise.Category;
import dev.stride.contracts.exercise.Difficulty;
import dev.stride.contracts.exercise.Equipment;
import dev.stride.contracts.exercise.ExerciseLink;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.ExerciseStatus;
import dev.stride.contracts.exercise.Laterality;
import dev.stride.contracts.exercise.Measurement;
import dev.stride.contracts.exercise.Muscle;
import dev.stride.contracts.exercise.Prescription;
import dev.stride.contracts.plan.PlanChange;
import dev.stride.contracts.plan.PlanChanged;
import dev.stride.contracts.plan.PlannedExercise;
import dev.stride.contracts.plan.PlannedSession;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.SetVoided;
import dev.stride.contracts.sets.Side;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every record a service consumes, read as every consumer reads it: each field (nested ones too)
 * replaced by a value of the wrong JSON type, a NUL, a lone surrogate, {@code 1e400} or, in a list,
 * a null is refused,
 * with the field's path and a message that names no Java type.
 */
class StrictReadingTest {
    private static final Instant AT = Instant.parse("2026-03-02T17:00:00Z");
    private static final List<String> FOR_TEXT = List.of("\"a\\u0000b\"", "\"a\\ud800b\"", "12", "true", "1e400", "{}", "[]");
    private static final List<String> FOR_INTEGER = List.of("1.5", "\"5\"", "1e400", "true", "[]");
    private static final List<String> FOR_NUMBER = List.of("\"5\"", "true", "1e400", "[]");
    private static final List<String> FOR_CONTAINER = List.of("\"x\"", "12", "true");
    private static final List<String> FOR_ARRAY = List.of("\"x\"", "12", "true", "[null]");
    private static final List<String> FOR_BOOLEAN = List.of("\"true\"", "1");

    @TestFactory
    Stream<DynamicTest> everyConsumedContractRefusesEachHostileField() {
        Map<Class<?>, Object> valid = Map.of(
                SetCompleted.class, new SetCompleted("e1", "a1", UUID.randomUUID(), OffsetDateTime.parse("2026-03-02T18:00:00+01:00"),
                        "Europe/Berlin", 5, 60.5, 30, 100.5, Side.LEFT, 8.5, UUID.randomUUID(), UUID.randomUUID(), 1, "app"),
                SetVoided.class, new SetVoided("v1", "a1", "e1", OffsetDateTime.parse("2026-03-02T19:00:00Z"), "app"),
                ExercisePublished.class, exercise(),
                PlanChanged.class, plan());
        List<DynamicTest> tests = new ArrayList<>();
        valid.forEach((type, value) -> {
            JsonNode tree = EventJson.mapper().valueToTree(value);
            fields(tree, "", (path, replacement) -> tests.add(DynamicTest.dynamicTest(type.getSimpleName() + "." + path + " = " + replacement,
                    () -> refused(type, replaced(tree, path, replacement), path))));
        });
        return tests.stream();
    }

    private static void refused(Class<?> type, String json, String path) {
        JacksonException failure = assertThrows(JacksonException.class, () -> EventJson.mapper().readValue(json, type));
        String field = JsonFailures.field(failure);
        assertTrue(field.equals(path) || field.startsWith(path + "["), path + ": " + JsonFailures.describe(failure));
        assertFalse(JsonFailures.message(failure).matches("(?s).*(java\\.|dev\\.stride|com\\.fasterxml|`).*"), JsonFailures.message(failure));
    }

    private interface Replacement {
        void at(String path, String value);
    }

    private static void fields(JsonNode node, String at, Replacement out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String path = at.isEmpty() ? field.getKey() : at + "." + field.getKey();
                replacements(field.getValue()).forEach(value -> out.at(path, value));
                fields(field.getValue(), path, out);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            String path = at + "[0]";
            replacements(node.get(0)).forEach(value -> out.at(path, value));
            fields(node.get(0), path, out);
        }
    }

    private static List<String> replacements(JsonNode value) {
        if (value.isTextual()) {
            return FOR_TEXT;
        }
        if (value.isIntegralNumber()) {
            return FOR_INTEGER;
        }
        if (value.isNumber()) {
            return FOR_NUMBER;
        }
        if (value.isArray()) {
            return FOR_ARRAY;
        }
        return value.isBoolean() ? FOR_BOOLEAN : FOR_CONTAINER;
    }

    private static String replaced(JsonNode root, String path, String value) {
        JsonNode copy = root.deepCopy();
        String[] steps = path.replace("[0]", ".[0]").split("\\.");
        JsonNode parent = copy;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = steps[i].equals("[0]") ? parent.get(0) : parent.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.equals("[0]")) {
            ((ArrayNode) parent).set(0, "@@hostile@@");
        } else {
            ((ObjectNode) parent).put(last, "@@hostile@@");
        }
        return copy.toString().replace("\"@@hostile@@\"", value);
    }

    private static ExercisePublished exercise() {
        return new ExercisePublished(UUID.randomUUID(), 1, "split-squat", "Split squat", List.of("Lunge"), "Summary",
                List.of("Step"), List.of("Cue"), List.of("Note"), List.of(Muscle.GLUTES), List.of(Muscle.HAMSTRINGS),
                Category.STRENGTH, List.of(Equipment.KETTLEBELL), Laterality.UNILATERAL, Measurement.REPS,
                new Prescription(2, 3, 8, 10, null, null, null, null, true, 60), Difficulty.BEGINNER,
                List.of(new ExerciseLink(UUID.randomUUID(), "Harder")), List.of(new ExerciseLink(null, "Easier")),
                "Benefits", "Notes", ExerciseStatus.ACTIVE, AT, AT);
    }

    private static PlanChanged plan() {
        PlannedExercise exercise = new PlannedExercise(UUID.randomUUID(), 1, "Split squat", 3, 8, null, null, 12.5, true, 60);
        return new PlanChanged(UUID.randomUUID(), PlanChange.CREATED, UUID.randomUUID(), 1, "a1", "UTC",
                LocalDate.parse("2026-03-02"), 8, 2,
                List.of(new PlannedSession(UUID.randomUUID(), 1, LocalDate.parse("2026-03-04"), false, List.of(exercise))), AT);
    }
}
