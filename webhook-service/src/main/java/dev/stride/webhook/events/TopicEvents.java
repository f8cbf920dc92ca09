package dev.stride.webhook.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.Topics;
import dev.stride.contracts.athlete.AthleteId;
import dev.stride.contracts.plan.PlanChanged;
import dev.stride.contracts.progress.PersonalRecordSet;
import dev.stride.contracts.progress.StreakBroken;
import dev.stride.contracts.progress.StreakExtended;
import dev.stride.contracts.progress.WeekClosed;
import dev.stride.contracts.progress.WeekRevised;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.SetVoided;
import dev.stride.webhook.subscription.WebhookType;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads a record of {@code completed-sets}, {@code progress-events} or {@code plan-events} as a
 * {@link WebhookEvent}: by its contract (strictly, as every consumer of Stride reads), and written
 * back from the contract's record, so that a field the contract does not know never reaches an app.
 */
public final class TopicEvents {
    private static final ObjectMapper JSON = EventJson.mapper();
    private static final Map<WebhookType, Class<?>> CONTRACTS = Map.of(
            WebhookType.SET_COMPLETED, SetCompleted.class, WebhookType.SET_VOIDED, SetVoided.class,
            WebhookType.PERSONAL_RECORD_SET, PersonalRecordSet.class,
            WebhookType.STREAK_EXTENDED, StreakExtended.class, WebhookType.STREAK_BROKEN, StreakBroken.class,
            WebhookType.WEEK_CLOSED, WeekClosed.class, WebhookType.WEEK_REVISED, WeekRevised.class,
            WebhookType.PLAN_CREATED, PlanChanged.class, WebhookType.PLAN_REVISED, PlanChanged.class,
            WebhookType.PLAN_CANCELLED, PlanChanged.class);

    private TopicEvents() {
    }

    /**
     * The event the record carries; empty for a type no webhook carries. IOException: a record of a
     * webhook type that its contract refuses. A set without a {@code ce_type} is a completed set, as
     * progress-service reads it.
     */
    public static Optional<WebhookEvent> read(ConsumerRecord<String, byte[]> record) throws IOException {
        Optional<String> ceType = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE);
        Optional<WebhookType> type = ceType.isEmpty() && record.topic().equals(Topics.COMPLETED_SETS)
                ? Optional.of(WebhookType.SET_COMPLETED) : ceType.flatMap(WebhookType::ofCloudEvent);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Object event = JSON.readValue(record.value() == null ? new byte[0] : record.value(), CONTRACTS.get(type.get()));
        if (event == null) {
            throw new IOException("the value is JSON null");
        }
        JsonNode data = JSON.valueToTree(event);
        String athleteId = data.path("athleteId").asText(null);
        String eventId = data.path("eventId").asText(null);
        if (!AthleteId.valid(athleteId) || eventId == null || eventId.isEmpty()) {
            throw new IOException("eventId and athleteId (" + AthleteId.RULE + ") are required");
        }
        Instant published = Instant.ofEpochMilli(record.timestamp());
        Instant occurred = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TIME).flatMap(TopicEvents::instant).orElse(published);
        return Optional.of(new WebhookEvent(type.get(), webhookId(type.get(), athleteId, eventId), athleteId, occurred, data));
    }

    /** Sets' ids are the app's and unique per athlete only: theirs is derived from both, stable across replays. */
    private static String webhookId(WebhookType type, String athleteId, String eventId) {
        if (type == WebhookType.SET_COMPLETED || type == WebhookType.SET_VOIDED) {
            return UUID.nameUUIDFromBytes((athleteId + "/" + eventId).getBytes(StandardCharsets.UTF_8)).toString();
        }
        return eventId;
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
