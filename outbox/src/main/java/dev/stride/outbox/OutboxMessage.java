package dev.stride.outbox;

import java.time.Instant;

/**
 * One event waiting to be published. Its table comes with this module
 * ({@code db/migration/V0_1__outbox_message.sql}), so each service's Flyway creates it.
 */
public record OutboxMessage(long id, String topic, String key, String eventId, String eventType, Instant eventTime,
                            String payload) {
}
