package dev.stride.webhook.delivery;

import static dev.stride.webhook.Subscriptions.attempts;
import static dev.stride.webhook.Subscriptions.deliveriesOnce;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.progress.PersonalRecordSet;
import dev.stride.contracts.webhooks.WebhookSignature;
import dev.stride.testing.PinnedClock;
import dev.stride.webhook.Subscriptions;
import dev.stride.webhook.Webhooks;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Deliveries to a real endpoint on this machine: signed, for connected athletes only, retried on the schedule until it takes them. */
@QuarkusTest
class DeliveryTest {

    @Test
    void deliversSignedEventsOnlyOfAthletesWhoConnectedTheApp() throws Exception {
        String connected = "connected-" + UUID.randomUUID();
        String stranger = "stranger-" + UUID.randomUUID();
        try (Receiver receiver = new Receiver()) {
            Webhooks.Subscribed subscription = Webhooks.subscribe(receiver.url(), "personal-record.set");
            Webhooks.connect(connected);
            await().atMost(Duration.ofSeconds(20)).until(() -> connectionKnown(connected));
            Webhooks.personalRecord(stranger, 100);
            PersonalRecordSet record = Webhooks.personalRecord(connected, 80);
            Webhooks.personalRecord(stranger, 120);

            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 1);
            Receiver.Received got = receiver.received().get(0);
            assertEquals(record.eventId().toString(), got.header("webhook-id"));
            assertTrue(new WebhookSignature(subscription.secret()).verify(got.header("webhook-id"), got.header("webhook-timestamp"),
                    got.header("webhook-signature"), got.body().getBytes(StandardCharsets.UTF_8), PinnedClock.now()));
            JsonNode body = EventJson.mapper().readTree(got.body());
            assertEquals("personal-record.set", body.get("type").asText());
            assertEquals(connected, body.get("athleteId").asText());
            assertEquals(1, body.get("sequence").asLong());
            assertEquals(record.setEventId(), body.get("data").get("setEventId").asText());
            Duration published = Duration.between(record.occurredAt(), Instant.parse(body.get("timestamp").asText()));
            assertTrue(published.abs().compareTo(Duration.ofSeconds(5)) < 0, "the event's time, not " + published);
            Webhooks.awaitConsumed("webhook-service-progress", "progress-events");
            assertEquals(1, receiver.received().size(), "nothing of the athlete who did not connect the app");
        }
    }

    @Test
    void aFailingEndpointIsRetriedOnTheScheduleUntilItTakesTheEvent() throws Exception {
        try (Receiver receiver = new Receiver().answering(Receiver.Answer.status(500))) {
            String athlete = connectedAthlete();
            Webhooks.Subscribed subscription = Webhooks.subscribe(receiver.url(), "personal-record.set");
            Webhooks.personalRecord(athlete, 60);

            Map<String, Object> failed = deliveriesOnce(subscription.id(), log -> log.size() == 1 && attempts(log.get(0)).size() == 1).get(0);
            Instant attempted = Instant.parse((String) attempts(failed).get(0).get("attemptedAt"));
            Instant next = Instant.parse((String) failed.get("nextAttemptAt"));
            assertEquals(500, attempts(failed).get(0).get("statusCode"));
            assertEquals("PENDING", failed.get("status"));
            assertTrue(!next.isBefore(attempted.plusSeconds(8)) && !next.isAfter(attempted.plusSeconds(12).plusMillis(500)),
                    "first retry 10 s ± 20 % after the failure, not " + Duration.between(attempted, next));

            PinnedClock.advance(Duration.ofSeconds(13));
            Map<String, Object> delivered = deliveriesOnce(subscription.id(), log -> "DELIVERED".equals(log.get(0).get("status"))).get(0);
            List<Map<String, Object>> both = attempts(delivered);
            assertEquals(List.of(500, 204), both.stream().map(a -> a.get("statusCode")).toList());
            assertTrue(!Instant.parse((String) both.get(1).get("attemptedAt")).isBefore(next));
            assertEquals(receiver.received().get(0).header("webhook-id"), receiver.received().get(1).header("webhook-id"));
            assertEquals(receiver.received().get(0).body(), receiver.received().get(1).body());
        }
    }

    @Test
    void anEndpointThatDoesNotAnswerInTimeFailsThatAttemptAndIsRetried() throws Exception {
        try (Receiver receiver = new Receiver().answering(Receiver.Answer.after(Duration.ofSeconds(4), 200))) {
            String athlete = connectedAthlete();
            Webhooks.Subscribed subscription = Webhooks.subscribe(receiver.url(), "personal-record.set");
            Webhooks.personalRecord(athlete, 61);

            Map<String, Object> timedOut = deliveriesOnce(subscription.id(), log -> log.size() == 1 && attempts(log.get(0)).size() == 1).get(0);
            Map<String, Object> attempt = attempts(timedOut).get(0);
            assertNull(attempt.get("statusCode"));
            assertEquals("no answer within 2 s", attempt.get("error"));
            assertTrue((Integer) attempt.get("latencyMs") >= 2_000);

            PinnedClock.advance(Duration.ofSeconds(13));
            deliveriesOnce(subscription.id(), log -> "DELIVERED".equals(log.get(0).get("status")));
        }
    }

    @Test
    void aGoneEndpointDisablesItsSubscriptionUntilTheAppResumesIt() throws Exception {
        try (Receiver receiver = new Receiver().answering(Receiver.Answer.status(410))) {
            String athlete = connectedAthlete();
            Webhooks.Subscribed subscription = Webhooks.subscribe(receiver.url(), "personal-record.set");
            Webhooks.personalRecord(athlete, 62);

            await().atMost(Duration.ofSeconds(20)).until(() -> "DISABLED".equals(Subscriptions.subscription(subscription.id()).getString("state")));
            assertTrue(Subscriptions.subscription(subscription.id()).getString("disabledReason").startsWith("The endpoint answered 410 Gone"));

            Webhooks.asApp().post("/webhook-subscriptions/" + subscription.id() + "/resume").then().statusCode(200);
            PinnedClock.advance(Duration.ofSeconds(13));
            deliveriesOnce(subscription.id(), log -> "DELIVERED".equals(log.get(0).get("status")));
            assertEquals(2, receiver.received().size());
        }
    }

    @Test
    void aSlowEndpointHoldsUpNeitherAnotherEndpointOfTheSameAppNorTheOrderOfItsAthlete() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (Receiver slow = new Receiver().otherwise(Receiver.Answer.heldUntil(release)); Receiver healthy = new Receiver()) {
            String athlete = connectedAthlete();
            Webhooks.subscribe(slow.url(), "personal-record.set");
            Webhooks.subscribe(healthy.url(), "personal-record.set");
            for (int i = 0; i < 5; i++) {
                Webhooks.personalRecord(athlete, 70 + i);
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> healthy.received().size() == 5);
            String first = healthy.received().get(0).header("webhook-id");
            assertTrue(slow.received().stream().allMatch(r -> r.header("webhook-id").equals(first)),
                    "the slow endpoint gets nothing of its athlete's until the first is taken");
            List<Long> sequences = healthy.received().stream().map(r -> sequence(r.body())).toList();
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L), sequences);
            release.countDown();
            PinnedClock.advance(Duration.ofMinutes(1));
            await().atMost(Duration.ofSeconds(20)).until(() -> slow.received().stream().map(r -> r.header("webhook-id")).distinct().count() == 5);
        }
    }

    @Test
    void aTestEventAndARedeliveryReachTheEndpointWithTheSameWebhookIdEachTime() throws Exception {
        try (Receiver receiver = new Receiver()) {
            Webhooks.Subscribed subscription = Webhooks.subscribe(receiver.url(), "streak.broken");
            String location = Webhooks.asApp().post("/webhook-subscriptions/" + subscription.id() + "/test")
                    .then().statusCode(202).extract().header("Location");
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 1);
            JsonNode test = EventJson.mapper().readTree(receiver.received().get(0).body());
            assertEquals("webhook.test", test.get("type").asText());
            assertEquals(subscription.id(), test.get("data").get("subscriptionId").asText());
            assertTrue(!test.has("athleteId"));

            Webhooks.asApp().post(location + "/redeliver").then().statusCode(202);
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 2);
            assertEquals(receiver.received().get(0).header("webhook-id"), receiver.received().get(1).header("webhook-id"));
            await().atMost(Duration.ofSeconds(10)).until(() -> attempts(Webhooks.asApp().get(location).then().statusCode(200)
                    .extract().jsonPath().getMap("")).size() == 2);
        }
    }

    @Test
    void aRotatedSecretSignsBesideTheOldOneForADay() throws Exception {
        try (Receiver receiver = new Receiver()) {
            Webhooks.Subscribed subscription = Webhooks.subscribe(receiver.url(), "streak.broken");
            var rotated = Webhooks.asApp().post("/webhook-subscriptions/" + subscription.id() + "/rotate-secret")
                    .then().statusCode(200).extract().jsonPath();
            String newSecret = rotated.getString("secret");
            assertTrue(newSecret.startsWith("whsec_") && !newSecret.equals(subscription.secret()));
            assertTrue(Instant.parse(rotated.getString("previousSecretValidUntil")).isAfter(PinnedClock.now().plus(Duration.ofHours(23))));
            assertNull(Subscriptions.subscription(subscription.id()).getString("secret"), "a secret is shown once");

            Webhooks.asApp().post("/webhook-subscriptions/" + subscription.id() + "/test").then().statusCode(202);
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 1);
            Receiver.Received got = receiver.received().get(0);
            assertEquals(2, got.header("webhook-signature").split(" ").length);
            for (String secret : List.of(newSecret, subscription.secret())) {
                assertTrue(new WebhookSignature(secret).verify(got.header("webhook-id"), got.header("webhook-timestamp"),
                        got.header("webhook-signature"), got.body().getBytes(StandardCharsets.UTF_8), PinnedClock.now()));
            }
        }
    }

    private static String connectedAthlete() {
        String athlete = "athlete-" + UUID.randomUUID();
        Webhooks.connect(athlete);
        await().atMost(Duration.ofSeconds(20)).until(() -> connectionKnown(athlete));
        return athlete;
    }

    static boolean connectionKnown(String athlete) {
        return Webhooks.connected(athlete);
    }

    private static long sequence(String body) {
        try {
            return EventJson.mapper().readTree(body).get("sequence").asLong();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
