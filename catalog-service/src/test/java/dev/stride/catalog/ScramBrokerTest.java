package dev.stride.catalog;

import static dev.stride.testing.As.asCatalogEditor;
import static dev.stride.testing.Management.management;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import dev.stride.catalog.exercise.ExerciseFixtures;
import dev.stride.contracts.Topics;
import dev.stride.testing.ScramBroker;
import dev.stride.testing.StrideInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;

/** catalog-service through the broker's SASL/SCRAM listener only: the outbox relay logs in and publishes. */
@QuarkusTest
@TestProfile(ScramBroker.class)
class ScramBrokerTest {

    @Test
    void aChangeIsPublishedThroughScram() {
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, String> definitions = companion.consumeStrings().fromTopics(Topics.EXERCISE_DEFINITIONS);
            String id = asCatalogEditor().contentType(ContentType.JSON)
                    .body(ExerciseFixtures.gobletSquat(ExerciseFixtures.uniqueSlug("scram"))).post("/exercises")
                    .then().statusCode(201).extract().path("id");
            await().atMost(Duration.ofSeconds(30)).until(() -> definitions.getRecords().stream().anyMatch(r -> id.equals(r.key())));
            definitions.stop();
        }
        management().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
