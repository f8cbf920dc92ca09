package dev.stride.webhook.athletes;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.stride.contracts.Topics;
import dev.stride.contracts.athlete.AthleteErased;
import dev.stride.contracts.athlete.AthleteErasureConfirmed;
import dev.stride.contracts.progress.PersonalRecordSet;
import dev.stride.messaging.DeadLetter;
import dev.stride.testing.PinnedClock;
import dev.stride.testing.Sql;
import dev.stride.testing.StrideInfrastructure;
import dev.stride.webhook.Subscriptions;
import dev.stride.webhook.Webhooks;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What athlete-events and unreadable events do here: connections come and go, erasures leave nothing, bad records stop nothing. */
@QuarkusTest
class AthleteEventsTest {
    private static final String URL = "http://127.0.0.1:9/hook";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anErasedAthleteLeavesNoRowAndTheErasureIsConfirmed() throws Exception {
        String athlete = "erased-" + UUID.randomUUID();
        Webhooks.Subscribed subscription = Webhooks.subscribe(URL, "personal-record.set");
        Webhooks.connect(athlete);
        await().atMost(Duration.ofSeconds(20)).until(() -> Webhooks.connected(athlete));
        Webhooks.personalRecord(athlete, 90);
        await().atMost(Duration.ofSeconds(20)).until(() -> !Subscriptions.deliveries(subscription.id()).isEmpty());

        UUID request = UUID.randomUUID();
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, byte[]> confirmations = companion.consume(String.class, byte[].class).fromTopics(Topics.ATHLETE_EVENTS);
            AthleteErased erased = new AthleteErased(UUID.randomUUID(), athlete, request, PinnedClock.now());
            Webhooks.publish(Topics.ATHLETE_EVENTS, athlete, AthleteErased.TYPE, erased.eventId().toString(), erased);
            await().atMost(Duration.ofSeconds(20)).until(() -> confirmations.getRecords().stream()
                    .anyMatch(r -> AthleteErasureConfirmed.key(athlete, "webhook-service").equals(r.key())));
            confirmations.stop();
        }
        assertEquals(0, rows(athlete));
        Webhooks.personalRecord(athlete, 95);
        Webhooks.awaitConsumed("webhook-service-progress", Topics.PROGRESS_EVENTS);
        assertEquals(0, rows(athlete), "nothing for the athlete after the erasure");
        assertEquals(List.of(), Subscriptions.deliveries(subscription.id()));
    }

    @Test
    void aDisconnectedAthleteIsNoLongerDeliveredToTheApp() throws Exception {
        String athlete = "disconnected-" + UUID.randomUUID();
        Webhooks.Subscribed subscription = Webhooks.subscribe(URL, "personal-record.set");
        Webhooks.connect(athlete);
        await().atMost(Duration.ofSeconds(20)).until(() -> Webhooks.connected(athlete));
        Webhooks.disconnect(athlete);
        await().atMost(Duration.ofSeconds(20)).until(() -> !Webhooks.connected(athlete));
        Webhooks.personalRecord(athlete, 50);
        Webhooks.awaitConsumed("webhook-service-progress", Topics.PROGRESS_EVENTS);
        assertEquals(List.of(), Subscriptions.deliveries(subscription.id()));
    }

    @Test
    void unreadableProgressEventsAreDeadLetteredAndTheNextOneDelivered() throws Exception {
        String athlete = "hostile-" + UUID.randomUUID();
        Webhooks.Subscribed subscription = Webhooks.subscribe(URL, "personal-record.set");
        Webhooks.connect(athlete);
        await().atMost(Duration.ofSeconds(20)).until(() -> Webhooks.connected(athlete));
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, byte[]> dlq = companion.consume(String.class, byte[].class).fromTopics(Topics.WEBHOOK_SERVICE_DLQ);
            Webhooks.publishRaw(Topics.PROGRESS_EVENTS, athlete, PersonalRecordSet.TYPE, "not-json-" + athlete, "{oops");
            Webhooks.publishRaw(Topics.PROGRESS_EVENTS, athlete, PersonalRecordSet.TYPE, "no-athlete-" + athlete,
                    "{\"eventId\":\"" + UUID.randomUUID() + "\",\"athleteId\":\"a b\"}");
            Webhooks.publishRaw(Topics.PROGRESS_EVENTS, athlete, "stride.progress.something-new.v1", "unknown-" + athlete, "{}");
            Webhooks.personalRecord(athlete, 51);
            Subscriptions.deliveriesOnce(subscription.id(), log -> log.size() == 1);
            List<ConsumerRecord<String, byte[]>> letters = await().atMost(Duration.ofSeconds(20))
                    .until(() -> dlq.getRecords().stream().filter(r -> athlete.equals(r.key())).toList(), found -> found.size() == 2);
            dlq.stop();
            for (ConsumerRecord<String, byte[]> letter : letters) {
                assertEquals("unreadable-event", new String(letter.headers().lastHeader(DeadLetter.REASON).value(), StandardCharsets.UTF_8));
                assertEquals(Topics.PROGRESS_EVENTS, new String(letter.headers().lastHeader(DeadLetter.ORIGINAL_TOPIC).value(), StandardCharsets.UTF_8));
            }
        }
    }

    private long rows(String athlete) throws Exception {
        return Sql.number(dataSource, "SELECT (SELECT count(*) FROM connection WHERE athlete_id = '" + athlete + "')"
                + " + (SELECT count(*) FROM delivery WHERE athlete_id = '" + athlete + "')"
                + " + (SELECT count(*) FROM athlete_sequence WHERE athlete_id = '" + athlete + "')");
    }
}
