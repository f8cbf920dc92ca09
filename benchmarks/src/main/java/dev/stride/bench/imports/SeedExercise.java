package dev.stride.bench.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.exercise.Measurement;

/** An exercise of catalog-service's seed file: its name as the catalog shows it, and what a set of it measures. */
record SeedExercise(String name, Measurement measurement) {

    static List<SeedExercise> read(Path seedFile) throws IOException {
        List<SeedExercise> exercises = new ArrayList<>();
        for (JsonNode exercise : EventJson.mapper().readTree(seedFile.toFile())) {
            exercises.add(new SeedExercise(exercise.path("name").asText(),
                    Measurement.valueOf(exercise.path("measurement").asText())));
        }
        return exercises;
    }
}
