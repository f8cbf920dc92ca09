package dev.stride.plan;

import static dev.stride.testing.As.asAthlete;
import static dev.stride.testing.Management.management;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import dev.stride.contracts.Topics;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.plan.plan.PlanBodies;
import dev.stride.testing.PinnedClock;
import dev.stride.testing.ScramBroker;
import dev.stride.testing.StrideInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;

/**
 * plan-service through the broker's SASL/SCRAM listener only: the catalog replica consumes what was
 * published (or no plan could be made) and the outbox relay publishes the plan.
 */
@QuarkusTest
@TestProfile(ScramBroker.class)
class ScramBrokerTest {

    @Test
    void theReplicaAndTheOutboxWorkThroughScram() {
        String athlete = "scram-" + UUID.randomUUID();
        Map<String, Object> body = PlanBodies.typical(athlete, PinnedClock.today().plusDays(7), 4);
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, String> plans = companion.consumeStrings().fromTopics(Topics.PLAN_EVENTS);
            CatalogEvents.publish(ArticleCatalog.ALL.toArray(new ExercisePublished[0]));
            await().atMost(Duration.ofSeconds(30)).until(() -> asAthlete(athlete).contentType(ContentType.JSON).body(body)
                    .post("/plans").statusCode() == 201);
            await().atMost(Duration.ofSeconds(30)).until(() -> plans.getRecords().stream().anyMatch(r -> athlete.equals(r.key())));
            plans.stop();
        }
        management().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
