package dev.stride.catalog.exercise;

import java.util.ArrayList;
import java.util.List;

import dev.stride.contracts.exercise.ExerciseLink;
import dev.stride.contracts.exercise.Measurement;
import dev.stride.problem.Problem.FieldError;

/**
 * Rules of an exercise request that one field's annotation cannot say: the dose's ranges are
 * ordered and only the range the measurement uses is set; list items are present and not too long;
 * optional texts are not blank; a link names an exercise or describes a change.
 */
final class ExerciseRules {
    private ExerciseRules() {
    }

    static List<FieldError> check(ExerciseRequest request) {
        List<FieldError> errors = new ArrayList<>();
        checkTexts(errors, "aliases", request.aliases(), 120);
        checkTexts(errors, "instructions", request.instructions(), 2000);
        checkTexts(errors, "cues", request.cues(), 500);
        checkTexts(errors, "safetyNotes", request.safetyNotes(), 500);
        checkPresent(errors, "primaryMuscles", request.primaryMuscles());
        checkPresent(errors, "secondaryMuscles", request.secondaryMuscles());
        checkPresent(errors, "equipment", request.equipment());
        checkLinks(errors, "progressions", request.progressions());
        checkLinks(errors, "regressions", request.regressions());
        checkNotBlank(errors, "summary", request.summary());
        checkNotBlank(errors, "runnerBenefits", request.runnerBenefits());
        checkNotBlank(errors, "notes", request.notes());
        if (request.prescription() != null && request.measurement() != null) {
            checkDose(errors, request.measurement(), request.prescription());
        }
        return errors;
    }

    private static void checkDose(List<FieldError> errors, Measurement measurement, PrescriptionRequest dose) {
        checkRange(errors, "sets", dose.setsMin(), dose.setsMax(), true);
        boolean reps = measurement == Measurement.REPS || measurement == Measurement.REPS_WITH_LOAD;
        boolean hold = measurement == Measurement.HOLD_SECONDS || measurement == Measurement.DURATION_SECONDS;
        boolean distance = measurement == Measurement.DISTANCE_METERS;
        checkRange(errors, "reps", dose.repsMin(), dose.repsMax(), reps);
        checkRange(errors, "holdSeconds", dose.holdSecondsMin(), dose.holdSecondsMax(), hold);
        checkRange(errors, "distanceMeters", dose.distanceMetersMin(), dose.distanceMetersMax(), distance);
    }

    private static void checkRange(List<FieldError> errors, String name, Integer min, Integer max, boolean used) {
        String field = "prescription." + name;
        if (!used) {
            if (min != null || max != null) {
                errors.add(new FieldError(field + (min != null ? "Min" : "Max"), "must be empty for this measurement"));
            }
            return;
        }
        if (min == null || max == null) {
            errors.add(new FieldError(field + (min == null ? "Min" : "Max"), "must be set for this measurement"));
        } else if (max < min) {
            errors.add(new FieldError(field + "Max", "must not be less than " + name + "Min"));
        }
    }

    private static void checkTexts(List<FieldError> errors, String field, List<String> items, int maxLength) {
        for (int i = 0; items != null && i < items.size(); i++) {
            String item = items.get(i);
            if (item == null || item.isBlank()) {
                errors.add(new FieldError(field + "[" + i + "]", "must not be blank"));
            } else if (item.length() > maxLength) {
                errors.add(new FieldError(field + "[" + i + "]", "must be at most " + maxLength + " characters"));
            }
        }
    }

    private static void checkPresent(List<FieldError> errors, String field, List<?> items) {
        for (int i = 0; items != null && i < items.size(); i++) {
            if (items.get(i) == null) {
                errors.add(new FieldError(field + "[" + i + "]", "must not be null"));
            }
        }
    }

    private static void checkLinks(List<FieldError> errors, String field, List<ExerciseLink> links) {
        for (int i = 0; links != null && i < links.size(); i++) {
            ExerciseLink link = links.get(i);
            String at = field + "[" + i + "]";
            if (link == null || link.exerciseId() == null && link.description() == null) {
                errors.add(new FieldError(at, "must name an exerciseId or give a description"));
            } else if (link.description() != null && (link.description().isBlank() || link.description().length() > 500)) {
                errors.add(new FieldError(at + ".description", "must be 1 to 500 characters, not blank"));
            }
        }
    }

    private static void checkNotBlank(List<FieldError> errors, String field, String text) {
        if (text != null && text.isBlank()) {
            errors.add(new FieldError(field, "must not be blank when given"));
        }
    }
}
