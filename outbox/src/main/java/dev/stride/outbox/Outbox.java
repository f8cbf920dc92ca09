package dev.stride.outbox;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stride.contracts.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Puts an event in the caller's transaction: it is published if and only if the transaction
 * commits, after the broker is reachable, in the order it was enqueued.
 */
@ApplicationScoped
public class Outbox {
    private final EntityManager entityManager;
    private final OutboxRelay relay;

    Outbox(EntityManager entityManager, OutboxRelay relay) {
        this.entityManager = entityManager;
        this.relay = relay;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String topic, String key, String eventId, String eventType, Instant eventTime, Object event) {
        OutboxMessage message = new OutboxMessage();
        message.topic = topic;
        message.key = key;
        message.eventId = eventId;
        message.eventType = eventType;
        message.eventTime = eventTime;
        message.payload = toJson(event);
        entityManager.persist(message);
        relay.wakeUpAfterCommit();
    }

    private static String toJson(Object event) {
        try {
            return EventJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event cannot be written as JSON: " + event.getClass().getSimpleName(), e);
        }
    }
}
