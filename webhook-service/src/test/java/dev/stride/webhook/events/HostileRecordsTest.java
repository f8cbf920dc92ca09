package dev.stride.webhook.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.stride.contracts.Topics;
import dev.stride.contracts.athlete.AthleteConnected;
import dev.stride.contracts.athlete.AthleteErased;
import dev.stride.contracts.plan.PlanChange;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.messaging.DeadLetter;
import dev.stride.testing.StrideInfrastructure;
import dev.stride.webhook.Subscriptions;
import dev.stride.webhook.Webhooks;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * No record stops a topic this service reads: unreadable connections, erasures and plans go to
 * {@code webhook-service.dlq} with their reason, an unreadable set is passed over (progress-service
 * dead-letters it), and the good record behind each is acted on.
 */
@QuarkusTest
class HostileRecordsTest {
    private static final String URL = "http://127.0.0.1:9/hook";
    private static final String SET = """
            {"eventId":"%s","athleteId":"%s","exerciseId":"37cf9535-9521-3667-8533-91eb122abb2b",
             "completedAt":"2026-12-02T11:59:00Z","timeZone":"UTC","reps":8,"loadKg":20}""";
    private static final String PLAN = "{\"eventId\":\"%s\",\"athleteId\":\"%s\",\"planId\":\"" + UUID.randomUUID()
            + "\",\"change\":\"CREATED\",\"planVersion\":1,\"weeks\":4,\"sessionsPerWeek\":2,\"sessions\":[]}";

    @Test
    void unreadableAthleteEventsAreDeadLetteredAndTheConnectionBehindThemMade() throws Exception {
        String athlete = "hostile-connect-" + UUID.randomUUID();
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, byte[]> dlq = companion.consume(String.class, byte[].class).fromTopics(Topics.WEBHOOK_SERVICE_DLQ);
            String key = AthleteConnected.key(athlete, "coach");
            Webhooks.publishRaw(Topics.ATHLETE_EVENTS, key, AthleteConnected.TYPE, "not-json", "{oops");
            Webhooks.publishRaw(Topics.ATHLETE_EVENTS, key, AthleteConnected.TYPE, "bad-client", "{\"eventId\":\"" + UUID.randomUUID()
                    + "\",\"athleteId\":\"" + athlete + "\",\"source\":\"coach\",\"clientId\":\"\",\"connectedAt\":\"2026-12-02T10:00:00Z\"}");
            Webhooks.publishRaw(Topics.ATHLETE_EVENTS, key, AthleteErased.TYPE, "bad-erasure", "{\"athleteId\":\"a b\"}");
            Webhooks.connect(athlete);
            await().atMost(Duration.ofSeconds(20)).until(() -> Webhooks.connected(athlete));
            Map<String, String> reasons = await().atMost(Duration.ofSeconds(20))
                    .until(() -> reasons(dlq.getRecords(), key), found -> found.size() == 3);
            dlq.stop();
            assertEquals(Map.of("not-json", "unreadable-athlete-event", "bad-client", "unreadable-athlete-event",
                    "bad-erasure", "unreadable-athlete-event"), reasons);
        }
    }

    @Test
    void anUnreadableSetIsPassedOverAndTheNextOneDelivered() {
        String athlete = connected("hostile-sets-");
        Webhooks.Subscribed subscription = Webhooks.subscribe(URL, "set.completed");
        Webhooks.publishRaw(Topics.COMPLETED_SETS, athlete, SetCompleted.TYPE, "bad", "{oops");
        Webhooks.publishRaw(Topics.COMPLETED_SETS, athlete, SetCompleted.TYPE, "wrong-athlete", SET.formatted("s0", "a b"));
        Webhooks.publishRaw(Topics.COMPLETED_SETS, athlete, SetCompleted.TYPE, "good", SET.formatted("s1", athlete));
        List<Map<String, Object>> log = Subscriptions.deliveriesOnce(subscription.id(), found -> !found.isEmpty());
        assertEquals(List.of("set.completed"), log.stream().map(d -> d.get("type")).toList());
    }

    @Test
    void anUnreadablePlanIsDeadLetteredAndTheNextOneDelivered() throws Exception {
        String athlete = connected("hostile-plans-");
        Webhooks.Subscribed subscription = Webhooks.subscribe(URL, "plan.created");
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, byte[]> dlq = companion.consume(String.class, byte[].class).fromTopics(Topics.WEBHOOK_SERVICE_DLQ);
            Webhooks.publishRaw(Topics.PLAN_EVENTS, athlete, PlanChange.CREATED.type(), "no-version",
                    "{\"eventId\":\"" + UUID.randomUUID() + "\",\"athleteId\":\"" + athlete + "\",\"change\":\"CREATED\"}");
            Webhooks.publishRaw(Topics.PLAN_EVENTS, athlete, PlanChange.CREATED.type(), "good", PLAN.formatted(UUID.randomUUID(), athlete));
            Subscriptions.deliveriesOnce(subscription.id(), found -> found.size() == 1);
            Map<String, String> reasons = await().atMost(Duration.ofSeconds(20))
                    .until(() -> reasons(dlq.getRecords(), athlete), found -> found.size() == 1);
            dlq.stop();
            assertEquals(Map.of("no-version", "unreadable-event"), reasons);
        }
    }

    private static String connected(String prefix) {
        String athlete = prefix + UUID.randomUUID();
        Webhooks.connect(athlete);
        await().atMost(Duration.ofSeconds(20)).until(() -> Webhooks.connected(athlete));
        return athlete;
    }

    /** The dead letters of records keyed {@code key}, by their CloudEvents id. */
    private static Map<String, String> reasons(List<ConsumerRecord<String, byte[]>> letters, String key) {
        return letters.stream().filter(r -> key.equals(r.key())).collect(Collectors.toMap(
                r -> text(r, "ce_id"), r -> text(r, DeadLetter.REASON), (a, b) -> a));
    }

    private static String text(ConsumerRecord<String, byte[]> record, String header) {
        return new String(record.headers().lastHeader(header).value(), StandardCharsets.UTF_8);
    }
}
