package dev.stride.webhook.delivery;

import java.time.Instant;
import java.util.UUID;

/** A delivery to attempt now, with what its body is made of; its retries end a while after {@code retryFrom}. */
record DueDelivery(UUID id, String eventId, String type, String athleteId, Long sequence, Instant occurredAt, String data,
                   int attempts, Instant retryFrom) {
}
