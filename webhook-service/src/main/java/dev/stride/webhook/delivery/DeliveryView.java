package dev.stride.webhook.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One delivery in the log: the event ({@code eventId} is the {@code webhook-id} sent), where it
 * stands ({@code PENDING} with its next attempt, {@code DELIVERED}, or {@code FAILED} and why) and
 * every attempt with what the endpoint answered and how long it took.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryView(UUID id, String eventId, String type, String athleteId, Long sequence, String status, String failure,
                           Instant createdAt, Instant nextAttemptAt, List<AttemptView> attempts) {

    /** {@code statusCode} absent when there was no answer; {@code error} then says why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttemptView(int attempt, Instant attemptedAt, Integer statusCode, int latencyMs, String error) {
    }

    DeliveryView withAttempts(List<AttemptView> all) {
        return new DeliveryView(id, eventId, type, athleteId, sequence, status, failure, createdAt, nextAttemptAt, all);
    }
}
