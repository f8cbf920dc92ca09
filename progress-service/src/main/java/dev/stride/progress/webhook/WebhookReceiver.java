package dev.stride.progress.webhook;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stride.contracts.EventJson;
import dev.stride.problem.ProblemException;
import dev.stride.progress.sets.SetSubmission;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Verifies a Standard Webhooks delivery and hands its sets to {@link SetSubmission}. The body is
 * {@code {"type": "set.completed" | "set.voided", "timestamp": ..., "data": ...}}; a set without
 * its own event id gets {@code <source>:<webhook-id>[:<index>]}, so a redelivery counts once.
 */
@ApplicationScoped
public class WebhookReceiver {
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private final WebhookSources sources;
    private final SetSubmission submission;
    private final Map<String, WebhookSignature> signatures = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    WebhookReceiver(WebhookSources sources, SetSubmission submission) {
        this.sources = sources;
        this.submission = submission;
    }

    /** The webhook headers, as sent. */
    public record Delivery(String id, String timestamp, String signature, byte[] body) {
    }

    public SetSubmission.Accepted receive(String source, Delivery delivery) {
        WebhookSources.Source known = sources.sources().get(source);
        if (known == null) {
            throw ProblemException.notFound("Webhook source", source);
        }
        if (delivery.body().length > MAX_BODY_BYTES) {
            throw new ProblemException(413, "payload-too-large", "Payload too large", "A webhook body is at most 1 MiB");
        }
        WebhookSignature signature = signatures.computeIfAbsent(source, s -> new WebhookSignature(known.secret()));
        if (!signature.verify(delivery.id(), delivery.timestamp(), delivery.signature(), delivery.body(), clock.instant())) {
            throw new ProblemException(401, "invalid-signature", "Unauthorized",
                    "Missing or invalid webhook-signature, or webhook-timestamp not within 5 minutes");
        }
        return dispatch(source, delivery.id(), parse(delivery.body()));
    }

    private SetSubmission.Accepted dispatch(String source, String webhookId, JsonNode payload) {
        String type = payload.path("type").asText("");
        String ceSource = "/webhooks/" + source;
        String id = source + ":" + webhookId;
        JsonNode data = payload.get("data");
        return switch (type) {
            case "set.completed" -> submission.submitSets(data, null, ceSource,
                    index -> data != null && data.isArray() ? id + ":" + index : id);
            case "set.voided" -> submission.submitVoid(data, ceSource, id);
            default -> throw ProblemException.badRequest("Unknown webhook type",
                    List.of(new dev.stride.problem.Problem.FieldError("type", "must be set.completed or set.voided")));
        };
    }

    private static JsonNode parse(byte[] body) {
        try {
            return EventJson.mapper().readTree(body);
        } catch (IOException e) {
            throw ProblemException.badRequest("The webhook body is not JSON", List.of());
        }
    }
}
