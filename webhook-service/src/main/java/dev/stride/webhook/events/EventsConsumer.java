package dev.stride.webhook.events;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import dev.stride.contracts.JsonFailures;
import dev.stride.contracts.Topics;
import dev.stride.messaging.ConsumerHealth;
import dev.stride.messaging.DeadLetter;
import dev.stride.messaging.DeadLetterQueue;
import dev.stride.messaging.PatientWriter;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads what is delivered, a poll at a time, and enqueues it for the subscribers (waiting out a
 * database that is away), then lets the poll's offsets be committed. A record of progress-events or
 * plan-events that its contract refuses goes to {@code webhook-service.dlq}; one of completed-sets is
 * passed over, as progress-service dead-letters it on {@code completed-sets.dlq} already. Should the
 * database refuse a poll for one record's fault, its events are enqueued one by one.
 */
@ApplicationScoped
public class EventsConsumer {
    private static final Logger LOG = Logger.getLogger(EventsConsumer.class);
    private final Fanout fanout;
    private final DeadLetterQueue deadLetters;
    private final PatientWriter writer;

    EventsConsumer(Fanout fanout, DeadLetterQueue deadLetters, PatientWriter writer) {
        this.fanout = fanout;
        this.deadLetters = deadLetters;
        this.writer = writer;
    }

    @Incoming("completed-sets")
    @Blocking
    public void completedSets(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        deliver(Topics.COMPLETED_SETS, records);
    }

    @Incoming("progress-events")
    @Blocking
    public void progressEvents(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        deliver(Topics.PROGRESS_EVENTS, records);
    }

    @Incoming("plan-events")
    @Blocking
    public void planEvents(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        deliver(Topics.PLAN_EVENTS, records);
    }

    private void deliver(String consumer, ConsumerRecords<String, byte[]> records) throws InterruptedException {
        List<WebhookEvent> events = new ArrayList<>();
        List<ConsumerRecord<String, byte[]>> sources = new ArrayList<>();
        List<DeadLetter> refused = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                TopicEvents.read(record).ifPresent(event -> {
                    events.add(event);
                    sources.add(record);
                });
            } catch (IOException e) {
                refused.add(new DeadLetter(record, "unreadable-event", e instanceof JacksonException json ? JsonFailures.describe(json) : e.getMessage()));
            }
        }
        if (writer.untilDone(consumer, ConsumerHealth.STORAGE_UNAVAILABLE, () -> fanout.enqueue(events)).isPresent()) {
            for (int i = 0; i < events.size(); i++) {
                List<WebhookEvent> one = List.of(events.get(i));
                Optional<Exception> failure = writer.untilDone(consumer, ConsumerHealth.STORAGE_UNAVAILABLE, () -> fanout.enqueue(one));
                if (failure.isPresent()) {
                    refused.add(DeadLetter.unstorable(sources.get(i), failure.get()));
                }
            }
        }
        deadLetter(consumer, refused);
    }

    private void deadLetter(String consumer, List<DeadLetter> letters) throws InterruptedException {
        if (consumer.equals(Topics.COMPLETED_SETS)) {
            letters.forEach(letter -> LOG.debugf("Set passed over (%s): %s", letter.reason(), letter.detail()));
        } else if (!letters.isEmpty()) {
            writer.untilDone(consumer, ConsumerHealth.BROKER_UNAVAILABLE, () -> deadLetters.send(Topics.WEBHOOK_SERVICE_DLQ, letters));
        }
    }
}
