package dev.stride.plan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Request bodies of the plan API tests. */
public final class PlanBodies {
    private PlanBodies() {
    }

    /** Long run Sunday, intervals Tuesday, easy Monday, Thursday, Saturday; two sessions on a mat. */
    public static Map<String, Object> typical(String athleteId, LocalDate start, int weeks) {
        return Map.of(
                "athleteId", athleteId,
                "startDate", start.toString(),
                "weeks", weeks,
                "sessionsPerWeek", 2,
                "runningWeek", Map.of("MONDAY", "EASY", "TUESDAY", "HARD", "WEDNESDAY", "REST", "THURSDAY", "EASY",
                        "FRIDAY", "REST", "SATURDAY", "EASY", "SUNDAY", "LONG"),
                "experience", "INTERMEDIATE",
                "focusAreas", List.of("HIP_STABILITY"),
                "equipment", List.of("MAT"),
                "minutesPerSession", 30,
                "timeZone", "Europe/Berlin");
    }
}
