package dev.stride.plan.generator;

import java.time.DayOfWeek;

/** A weekday chosen for strength, with the one-line reason a coach would give. */
public record TrainingDay(DayOfWeek day, String rationale) {
}
