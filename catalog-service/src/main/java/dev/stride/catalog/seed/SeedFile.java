package dev.stride.catalog.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stride.catalog.exercise.ExerciseIds;
import dev.stride.catalog.exercise.ExerciseRequest;

/**
 * The seed data file: a JSON array of exercise requests, each with its slug. A progression or
 * regression may name another seeded exercise by {@code exerciseSlug}; it becomes that exercise's id.
 */
final class SeedFile {
    private SeedFile() {
    }

    static List<ExerciseRequest> read(ObjectMapper mapper, String resource) {
        try (InputStream in = SeedFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No seed file on the classpath at " + resource);
            }
            JsonNode exercises = mapper.readTree(in);
            for (JsonNode exercise : exercises) {
                resolveSlugs(exercise.path("progressions"));
                resolveSlugs(exercise.path("regressions"));
            }
            return mapper.convertValue(exercises, new TypeReference<List<ExerciseRequest>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Seed file " + resource + " cannot be read", e);
        }
    }

    private static void resolveSlugs(JsonNode links) {
        for (JsonNode link : links) {
            JsonNode slug = link.get("exerciseSlug");
            if (slug != null) {
                ((ObjectNode) link).remove("exerciseSlug");
                ((ObjectNode) link).put("exerciseId", ExerciseIds.fromSlug(slug.asText()).toString());
            }
        }
    }
}
