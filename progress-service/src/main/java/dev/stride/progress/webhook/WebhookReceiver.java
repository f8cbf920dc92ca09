package dev.stride.progress.webhook;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.JsonFailures;
import dev.stride.contracts.TextRules;
import dev.stride.contracts.webhooks.WebhookSignature;
import dev.stride.problem.Problem;
import dev.stride.problem.ProblemException;
import dev.stride.progress.sets.SetSubmission;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Verifies a Standard Webhooks delivery and hands its sets to {@link SetSubmission}, unless its
 * webhook-id was already accepted from that source. The body is
 * {@code {"type": "set.completed" | "set.voided", "timestamp": ..., "data": ...}}; a set without
 * its own event id gets {@code <source>:<webhook-id>[:<index>]}, so a redelivery counts once. Each
 * set is for an athlete who connected the source ({@link ConnectedAthletes}).
 */
@ApplicationScoped
public class WebhookReceiver {
    private static final Logger LOG = Logger.getLogger(WebhookReceiver.class);
    static final int MAX_BODY_BYTES = 1024 * 1024;
    static final int MAX_ID_LENGTH = 128;
    /** Checked against for an unknown source, so that it costs the same HMAC as a known one. */
    private static final WebhookSignature UNKNOWN_SOURCE =
            new WebhookSignature(Base64.getEncoder().encodeToString(new byte[32]));

    private final WebhookSources sources;
    private final SetSubmission submission;
    private final AcceptedDeliveries deliveries;
    private final ConnectedAthletes athletes;
    private final Map<String, WebhookSignature> signatures = new ConcurrentHashMap<>();
    private final Clock clock;

    WebhookReceiver(WebhookSources sources, SetSubmission submission, AcceptedDeliveries deliveries,
                    ConnectedAthletes athletes, Clock clock) {
        this.sources = sources;
        this.submission = submission;
        this.deliveries = deliveries;
        this.athletes = athletes;
        this.clock = clock;
    }

    /** The webhook headers, as sent. */
    public record Delivery(String id, String timestamp, String signature, byte[] body) {
    }

    /** What was published, or empty for a webhook-id already accepted from this source: nothing is published again. */
    public Optional<SetSubmission.Accepted> receive(String source, Delivery delivery) {
        if (delivery.body().length > MAX_BODY_BYTES) {
            throw new ProblemException(413, "payload-too-large", "Payload too large", "A webhook body is at most 1 MiB");
        }
        verify(source, delivery);
        String id = delivery.id();
        String invalid = id.isEmpty() || id.length() > MAX_ID_LENGTH ? "must be 1 to " + MAX_ID_LENGTH + " characters"
                : TextRules.lineProblem(id);
        if (invalid != null) {
            throw ProblemException.badRequest("Invalid header webhook-id",
                    List.of(new Problem.FieldError("webhook-id", invalid)));
        }
        if (alreadyAccepted(source, id)) {
            return Optional.empty();
        }
        SetSubmission.Accepted published = dispatch(source, id, parse(delivery.body()));
        // Remembered only once the broker acknowledged. Should this fail, the delivery is still
        // accepted: a redelivery publishes the same event ids again, which the ingestion counts once.
        try {
            deliveries.remember(source, id);
        } catch (RuntimeException e) {
            LOG.warnf("Webhook %s from %s accepted but not remembered: %s", id, source, e.getMessage());
        }
        return Optional.of(published);
    }

    private boolean alreadyAccepted(String source, String id) {
        try {
            return deliveries.accepted(source, id);
        } catch (RuntimeException e) {
            LOG.warnf("Webhook deliveries cannot be read: %s", e.getMessage());
            throw new ProblemException(503, "storage-unavailable", "Service unavailable",
                    "The delivery cannot be checked now; nothing was published, retry later");
        }
    }

    /** An unknown source answers exactly like a bad signature, so that source names cannot be probed. */
    private void verify(String source, Delivery delivery) {
        WebhookSources.Source known = sources.sources().get(source);
        WebhookSignature signature = known == null ? UNKNOWN_SOURCE
                : signatures.computeIfAbsent(source, s -> new WebhookSignature(known.secret()));
        boolean valid = signature.verify(delivery.id(), delivery.timestamp(), delivery.signature(), delivery.body(),
                clock.instant());
        if (known == null || !valid) {
            throw new ProblemException(401, "invalid-signature", "Unauthorized",
                    "Unknown source, missing or invalid webhook-signature, or webhook-timestamp not within 5 minutes");
        }
    }

    private SetSubmission.Accepted dispatch(String source, String webhookId, JsonNode payload) {
        checkEnvelope(payload);
        String id = source + ":" + webhookId;
        JsonNode data = athletes.resolve(source, payload.get("data"));
        SetSubmission.Origin origin = new SetSubmission.Origin("/webhooks/" + source, "data",
                index -> data != null && data.isArray() ? id + ":" + index : id);
        return switch (payload.get("type").asText()) {
            case "set.completed" -> submission.submitSets(data, null, origin);
            case "set.voided" -> submission.submitVoid(data, origin);
            default -> throw invalidEnvelope("type", "must be set.completed or set.voided");
        };
    }

    /** The Standard Webhooks envelope: {@code type}, an ISO-8601 {@code timestamp} when present, and {@code data}. */
    private static void checkEnvelope(JsonNode payload) {
        if (!payload.isObject()) {
            throw invalidEnvelope("$", "must be an object with type, timestamp and data");
        }
        if (!Set.of("set.completed", "set.voided").contains(payload.path("type").asText())) {
            throw invalidEnvelope("type", "must be set.completed or set.voided");
        }
        JsonNode timestamp = payload.get("timestamp");
        if (timestamp != null && !(timestamp.isTextual() && isoDateTime(timestamp.asText()))) {
            throw invalidEnvelope("timestamp", "must be an ISO-8601 date-time with an offset");
        }
    }

    private static boolean isoDateTime(String text) {
        try {
            OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static ProblemException invalidEnvelope(String field, String message) {
        return ProblemException.badRequest("Invalid webhook payload", List.of(new Problem.FieldError(field, message)));
    }

    private static JsonNode parse(byte[] body) {
        try {
            return EventJson.mapper().readTree(body);
        } catch (JacksonException e) {
            throw ProblemException.badRequest("The webhook body " + JsonFailures.message(e), List.of());
        } catch (IOException e) {
            throw ProblemException.badRequest("The webhook body cannot be read", List.of());
        }
    }
}
