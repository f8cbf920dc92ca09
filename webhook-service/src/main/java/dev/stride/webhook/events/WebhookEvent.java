package dev.stride.webhook.events;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stride.webhook.subscription.WebhookType;

/**
 * One event of an athlete's, ready to be delivered: {@code id} becomes the {@code webhook-id} (the
 * same for every subscription and every attempt), {@code data} is the event as its contract defines
 * it, {@code occurredAt} its CloudEvents time (else when it reached its topic): no subscription gets
 * events older than itself.
 */
public record WebhookEvent(WebhookType type, String id, String athleteId, Instant occurredAt, JsonNode data) {
}
