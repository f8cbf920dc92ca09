package dev.stride.progress.events;

import static dev.stride.progress.fixtures.SetRecords.record;
import static dev.stride.progress.fixtures.SetRecords.set;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.Topics;
import dev.stride.contracts.progress.PersonalRecordSet;
import dev.stride.contracts.progress.StreakExtended;
import dev.stride.contracts.progress.WeekClosed;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.progress.streak.StreakCalculator;
import dev.stride.testing.ContractSchemas;
import dev.stride.testing.PinnedClock;
import dev.stride.testing.StrideInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Facts on progress-events through the outbox: valid against their schemas, and once each on replay. */
@QuarkusTest
class ProgressEventsTest {
    private static final Map<String, String> SCHEMAS = Map.of(WeekClosed.TYPE, WeekClosed.SCHEMA,
            StreakExtended.TYPE, StreakExtended.SCHEMA, PersonalRecordSet.TYPE, PersonalRecordSet.SCHEMA);

    @Test
    void publishesEachFactOnceEvenWhenTheInputIsReplayed() {
        String athlete = "facts-" + UUID.randomUUID();
        UUID squat = UUID.randomUUID();
        LocalDate today = PinnedClock.today();
        LocalDate lastWeek = StreakCalculator.weekOf(today).minusWeeks(1);
        List<ProducerRecord<String, byte[]>> input = List.of(
                record(at(athlete, 1, squat, lastWeek, 5, 80.0)), record(at(athlete, 2, squat, lastWeek.plusDays(2), 5, 90.0)),
                record(at(athlete, 3, squat, today.minusDays(1), 5, 85.0)), record(at(athlete, 4, squat, today, 5, 85.0)));

        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, byte[]> events = companion.consume(String.class, byte[].class).fromTopics(Topics.PROGRESS_EVENTS);
            companion.produce(String.class, byte[].class).fromRecords(input).awaitCompletion();
            await().atMost(Duration.ofSeconds(30)).until(() -> typesOf(events, athlete).getOrDefault(WeekClosed.TYPE, 0L) == 1L
                    && typesOf(events, athlete).getOrDefault(StreakExtended.TYPE, 0L) >= 1L);
            Map<String, Long> before = typesOf(events, athlete);

            companion.produce(String.class, byte[].class).fromRecords(input).awaitCompletion();
            SetCompleted marker = at(athlete, 5, UUID.randomUUID(), today, 1, null);
            companion.produce(String.class, byte[].class).fromRecords(List.of(record(marker))).awaitCompletion();
            await().atMost(Duration.ofSeconds(30)).until(() -> typesOf(events, athlete).getOrDefault(PersonalRecordSet.TYPE, 0L)
                    == before.get(PersonalRecordSet.TYPE) + 1);
            events.stop();

            Map<String, Long> after = typesOf(events, athlete);
            assertEquals(1L, after.get(WeekClosed.TYPE));
            assertEquals(before.get(StreakExtended.TYPE), after.get(StreakExtended.TYPE));
            for (ConsumerRecord<String, byte[]> event : ofAthlete(events, athlete)) {
                String type = header(event, CloudEventHeaders.TYPE);
                assertEquals(List.of(), ContractSchemas.violations(SCHEMAS.get(type), new String(event.value(), StandardCharsets.UTF_8)));
            }
        }
    }

    private static SetCompleted at(String athlete, int n, UUID exercise, LocalDate day, int reps, Double load) {
        return set(athlete + "-" + n, athlete, exercise, day + "T12:00:00Z", "UTC", reps, load, null, null);
    }

    private static List<ConsumerRecord<String, byte[]>> ofAthlete(ConsumerTask<String, byte[]> events, String athlete) {
        return events.getRecords().stream().filter(r -> athlete.equals(r.key())).toList();
    }

    private static Map<String, Long> typesOf(ConsumerTask<String, byte[]> events, String athlete) {
        return ofAthlete(events, athlete).stream()
                .collect(Collectors.groupingBy(r -> header(r, CloudEventHeaders.TYPE), Collectors.counting()));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
