package dev.stride.catalog.exercise;

import static dev.stride.catalog.exercise.ExerciseFixtures.gobletSquat;
import static dev.stride.catalog.exercise.ExerciseFixtures.uniqueSlug;
import static dev.stride.testing.As.asCatalogEditor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.ExerciseStatus;
import dev.stride.testing.ContractSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExerciseEventContractTest {

    @Test
    void publishesEveryChangeAsTheFullStateInCloudEventsThatMatchTheSchema() throws Exception {
        String slug = uniqueSlug("published");
        String id = asCatalogEditor().contentType(ContentType.JSON).body(gobletSquat(slug)).post("/exercises")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> changed = gobletSquat(slug);
        changed.put("notes", "Second version.");
        asCatalogEditor().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed).put("/exercises/" + id)
                .then().statusCode(200);
        asCatalogEditor().header("If-Match", "*").delete("/exercises/" + id).then().statusCode(204);

        try (ExerciseEvents events = new ExerciseEvents(Set.of(id))) {
            List<ConsumerRecord<String, String>> records = events.await(3, Duration.ofSeconds(20));
            assertEquals(3, records.size());
            for (int i = 0; i < 3; i++) {
                ConsumerRecord<String, String> record = records.get(i);
                assertEquals(List.of(), ContractSchemas.violations(ExercisePublished.SCHEMA, record.value()));
                ExercisePublished event = EventJson.mapper().readValue(record.value(), ExercisePublished.class);
                assertCloudEvent(record);
                assertEquals(event.updatedAt(), Instant.parse(header(record, CloudEventHeaders.TIME)));
                assertEquals(id, record.key());
                assertEquals(i + 1, event.version());
                assertEquals(slug, event.slug());
            }
            ExercisePublished last = EventJson.mapper().readValue(records.get(2).value(), ExercisePublished.class);
            assertEquals(ExerciseStatus.RETIRED, last.status());
            assertEquals("Second version.", last.notes());
        }
    }

    @Test
    void publishesTheSeedLikeAnyOtherChange() {
        Set<String> seeded = Set.of("single-leg-deadlift", "glute-leg-circles", "figure-four-glute-release",
                "lower-body-twist", "backward-heel-walking", "forward-diagonal-hop", "quadruped-limb-raise",
                "quadruped-trunk-rotation", "clamshell").stream()
                .map(slug -> ExerciseIds.fromSlug(slug).toString()).collect(Collectors.toSet());
        try (ExerciseEvents events = new ExerciseEvents(seeded)) {
            List<ConsumerRecord<String, String>> records = events.await(seeded.size(), Duration.ofSeconds(20));
            assertEquals(seeded, records.stream().map(ConsumerRecord::key).collect(Collectors.toSet()));
            records.forEach(r -> assertEquals(List.of(), ContractSchemas.violations(ExercisePublished.SCHEMA, r.value())));
        }
    }

    private static void assertCloudEvent(ConsumerRecord<String, String> record) {
        assertEquals("1.0", header(record, CloudEventHeaders.SPEC_VERSION));
        assertEquals(ExercisePublished.TYPE, header(record, CloudEventHeaders.TYPE));
        assertEquals("/stride/catalog-service", header(record, CloudEventHeaders.SOURCE));
        assertTrue(header(record, CloudEventHeaders.ID).length() >= 32);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return CloudEventHeaders.read(record.headers(), name).orElseThrow(() -> new AssertionError("no header " + name));
    }
}
