package dev.stride.webhook.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.Topics;
import dev.stride.contracts.plan.PlanChange;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.webhook.subscription.WebhookType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/** Records of the three topics read as webhook events: by their contract, with ids that stay the same on every replay. */
class TopicEventsTest {
    private static final Instant AT = Instant.parse("2026-12-02T12:00:00Z");
    private static final String SET = """
            {"eventId":"first-set","athleteId":"ana","exerciseId":"37cf9535-9521-3667-8533-91eb122abb2b",
             "completedAt":"2026-12-02T11:59:00Z","timeZone":"UTC","reps":8,"loadKg":20,"unknownToTheContract":1}""";

    @Test
    void aSetWithoutTypeIsACompletedSetWhoseIdIsItsAthletesAndItsOwn() throws IOException {
        WebhookEvent ana = TopicEvents.read(record(Topics.COMPLETED_SETS, null, SET)).orElseThrow();
        WebhookEvent ben = TopicEvents.read(record(Topics.COMPLETED_SETS, SetCompleted.TYPE, SET.replace("\"ana\"", "\"ben\""))).orElseThrow();
        assertEquals(WebhookType.SET_COMPLETED, ana.type());
        assertEquals(UUID.nameUUIDFromBytes("ana/first-set".getBytes(StandardCharsets.UTF_8)).toString(), ana.id());
        assertFalse(ana.id().equals(ben.id()), "two athletes' sets of one id are two webhooks");
        assertEquals(ana.id(), TopicEvents.read(record(Topics.COMPLETED_SETS, null, SET)).orElseThrow().id());
        assertFalse(ana.data().has("unknownToTheContract"), "only what the contract defines reaches an app");
        assertEquals(AT, ana.occurredAt());
    }

    @Test
    void eachPlanChangeIsItsOwnType() throws IOException {
        String plan = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"athleteId\":\"ana\",\"planId\":\"" + UUID.randomUUID()
                + "\",\"change\":\"%s\",\"planVersion\":1,\"weeks\":4,\"sessionsPerWeek\":2,\"sessions\":[]}";
        for (PlanChange change : PlanChange.values()) {
            WebhookEvent event = TopicEvents.read(record(Topics.PLAN_EVENTS, change.type(), plan.formatted(change.name()))).orElseThrow();
            assertEquals("plan." + change.name().toLowerCase(), event.type().webhookName());
        }
    }

    @Test
    void typesNoWebhookCarriesArePassedOverAndUnreadableOnesRefused() throws IOException {
        assertEquals(Optional.empty(), TopicEvents.read(record(Topics.PROGRESS_EVENTS, "stride.progress.new-thing.v1", "{}")));
        assertThrows(IOException.class, () -> TopicEvents.read(record(Topics.COMPLETED_SETS, null, "{oops")));
        assertThrows(IOException.class, () -> TopicEvents.read(record(Topics.COMPLETED_SETS, null, SET.replace("\"ana\"", "\"a b\""))));
        assertThrows(IOException.class, () -> TopicEvents.read(record(Topics.COMPLETED_SETS, null, "null")));
        assertTrue(TopicEvents.read(record(Topics.COMPLETED_SETS, null, SET)).isPresent());
    }

    private static ConsumerRecord<String, byte[]> record(String topic, String type, String json) {
        Headers headers = type == null ? new RecordHeaders() : CloudEventHeaders.of("id", type, "/test", AT);
        return new ConsumerRecord<>(topic, 0, 0, AT.toEpochMilli(), TimestampType.CREATE_TIME, 0, 0, "ana",
                json.getBytes(StandardCharsets.UTF_8), headers, Optional.empty());
    }
}
