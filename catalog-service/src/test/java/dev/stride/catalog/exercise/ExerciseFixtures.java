package dev.stride.catalog.exercise;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Valid request bodies with a fresh slug each, so that tests never share data. */
public final class ExerciseFixtures {
    private ExerciseFixtures() {
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> gobletSquat(String slug) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("name", "Goblet Squat " + slug);
        body.put("aliases", List.of("Cup squat"));
        body.put("summary", "A squat holding a weight at the chest.");
        body.put("instructions", List.of("Hold the weight at your chest.", "Squat down and stand up."));
        body.put("cues", List.of("Chest up."));
        body.put("primaryMuscles", List.of("QUADRICEPS", "GLUTES"));
        body.put("secondaryMuscles", List.of("ABDOMINALS"));
        body.put("category", "STRENGTH");
        body.put("equipment", List.of("KETTLEBELL"));
        body.put("laterality", "BILATERAL");
        body.put("measurement", "REPS_WITH_LOAD");
        body.put("prescription", dose(3, 4, 8, 10));
        body.put("difficulty", "BEGINNER");
        body.put("progressions", List.of(Map.of("description", "Use a heavier kettlebell.")));
        body.put("runnerBenefits", "Strong quads absorb landing forces.");
        return body;
    }

    static Map<String, Object> dose(int setsMin, int setsMax, int repsMin, int repsMax) {
        Map<String, Object> dose = new HashMap<>();
        dose.put("setsMin", setsMin);
        dose.put("setsMax", setsMax);
        dose.put("repsMin", repsMin);
        dose.put("repsMax", repsMax);
        dose.put("perSide", false);
        dose.put("restSeconds", 90);
        return dose;
    }
}
