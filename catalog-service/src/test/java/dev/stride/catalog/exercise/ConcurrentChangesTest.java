package dev.stride.catalog.exercise;

import static dev.stride.catalog.exercise.ExerciseFixtures.gobletSquat;
import static dev.stride.catalog.exercise.ExerciseFixtures.uniqueSlug;
import static dev.stride.testing.As.asCatalogEditor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Changes committed at the same time by many requests are all published: none is lost. */
@QuarkusTest
class ConcurrentChangesTest {

    @Test
    void everyChangeMadeConcurrentlyReachesKafka() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<String>> created = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            created.add(clients.submit(() -> createAndUpdate(uniqueSlug("concurrent"), 5)));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> id : created) {
            ids.add(id.get());
        }
        clients.shutdown();
        try (ExerciseEvents events = new ExerciseEvents(Set.copyOf(ids))) {
            List<ConsumerRecord<String, String>> records = events.await(ids.size() * 6, Duration.ofSeconds(30));
            Map<String, Long> perExercise = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            ids.forEach(id -> assertEquals(6L, perExercise.get(id), "events of " + id));
        }
    }

    private static String createAndUpdate(String slug, int updates) {
        String id = asCatalogEditor().contentType(ContentType.JSON).body(gobletSquat(slug)).post("/exercises")
                .then().statusCode(201).extract().path("id");
        for (int version = 1; version <= updates; version++) {
            asCatalogEditor().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(gobletSquat(slug))
                    .put("/exercises/" + id).then().statusCode(200);
        }
        return id;
    }
}
