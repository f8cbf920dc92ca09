package dev.stride.outbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One event waiting to be published. Its table comes with this module
 * ({@code db/migration/V0_1__outbox_message.sql}), so each service's Flyway creates it.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String key;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "event_time", nullable = false)
    public Instant eventTime;

    @Column(nullable = false)
    public String payload;
}
