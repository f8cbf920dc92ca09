package dev.stride.outbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One event waiting to be published. The table is created by each service's own migration:
 * <pre>
 * CREATE TABLE outbox_message (
 *     id           BIGSERIAL PRIMARY KEY,
 *     topic        TEXT        NOT NULL,
 *     message_key  TEXT        NOT NULL,
 *     event_id     TEXT        NOT NULL,
 *     event_type   TEXT        NOT NULL,
 *     event_time   TIMESTAMPTZ NOT NULL,
 *     payload      TEXT        NOT NULL
 * );
 * </pre>
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
