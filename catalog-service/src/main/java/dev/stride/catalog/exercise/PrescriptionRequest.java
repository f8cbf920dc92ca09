package dev.stride.catalog.exercise;

import dev.stride.contracts.exercise.Prescription;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A default dose as sent by a client; which range must be set depends on the measurement ({@link ExerciseRules}). */
public record PrescriptionRequest(
        @NotNull @Min(1) @Max(20) Integer setsMin,
        @NotNull @Min(1) @Max(20) Integer setsMax,
        @Min(1) @Max(1000) Integer repsMin,
        @Min(1) @Max(1000) Integer repsMax,
        @Min(1) @Max(86400) Integer holdSecondsMin,
        @Min(1) @Max(86400) Integer holdSecondsMax,
        @Min(1) @Max(100000) Integer distanceMetersMin,
        @Min(1) @Max(100000) Integer distanceMetersMax,
        @NotNull Boolean perSide,
        @NotNull @Min(0) @Max(900) Integer restSeconds) {

    Prescription toPrescription() {
        return new Prescription(setsMin, setsMax, repsMin, repsMax, holdSecondsMin, holdSecondsMax,
                distanceMetersMin, distanceMetersMax, perSide, restSeconds);
    }
}
