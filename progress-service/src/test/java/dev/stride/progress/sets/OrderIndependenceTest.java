package dev.stride.progress.sets;

import static dev.stride.testing.As.asPlatform;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.Topics;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.SetVoided;
import dev.stride.contracts.sets.Side;
import dev.stride.progress.fixtures.SetRecords;
import dev.stride.progress.records.RecordKind;
import dev.stride.testing.PinnedClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: whatever the arrival order, batching, duplication and voids, the results equal those
 * of the surviving sets delivered once, in order. Each seed generates a random history; athlete
 * "clean" receives the surviving sets in order in one batch, athlete "messy" everything shuffled,
 * repeated and voided in random batches, through the real ingestion and database. A failing seed
 * is in the test's name; {@code ./mvnw -pl progress-service verify -Dtest=OrderIndependenceTest
 * -Dstride.seed=<seed>} runs that one again.
 */
@QuarkusTest
class OrderIndependenceTest {
    private static final String[] ZONES = {"Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Auckland"};
    private static final List<UUID> EXERCISES = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    @Inject
    SetIngestion ingestion;

    /** Twelve new seeds a run, each named in its test; {@code -Dstride.seed=<seed>} replays one. */
    static List<Long> seeds() {
        String replay = System.getProperty("stride.seed");
        return replay != null ? List.of(Long.parseLong(replay)) : new Random().longs(12).boxed().toList();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void resultsDoNotDependOnArrivalOrderDuplicationOrVoids(long seed) {
        Random random = new Random(seed);
        String run = Long.toHexString(seed);
        String clean = "clean-" + run;
        String messy = "messy-" + run;
        String zone = ZONES[random.nextInt(ZONES.length)];
        List<SetCompleted> history = history(random, zone);
        List<Integer> voided = random.ints(random.nextInt(history.size() / 3 + 1), 0, history.size()).boxed().distinct().toList();

        List<ConsumerRecord<String, byte[]>> inOrder = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            if (!voided.contains(i)) {
                inOrder.add(consumerRecord(SetRecords.record(as(clean, history.get(i)))));
            }
        }
        ingestion.ingest(inOrder);
        ingestion.ingest(inOrder);
        messy(random, messy, history, voided).forEach(ingestion::ingest);

        assertEquals(view(clean, "/volume?from=2026-02-20&to=2026-04-10&bucket=day&by=exercise"),
                view(messy, "/volume?from=2026-02-20&to=2026-04-10&bucket=day&by=exercise"), "seed " + seed);
        long expectedRecords = expectedRecords(history, voided);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertEquals(expectedRecords, asPlatform().get("/athletes/{id}/records", clean).then().extract().jsonPath()
                    .getList("records").size(), "seed " + seed);
            assertEquals(view(clean, "/records"), view(messy, "/records"), "seed " + seed);
        });
        assertEquals(view(clean, "/streaks"), view(messy, "/streaks"), "seed " + seed);
    }

    /** Records are kept off the ingestion path: how many (exercise, kind) pairs the surviving sets qualify for. */
    private static long expectedRecords(List<SetCompleted> history, List<Integer> voided) {
        Set<List<Object>> pairs = new HashSet<>();
        for (int i = 0; i < history.size(); i++) {
            SetCompleted set = history.get(i);
            for (RecordKind kind : RecordKind.values()) {
                if (!voided.contains(i) && kind.score(set.reps(), set.loadKg(), set.durationSeconds()).isPresent()) {
                    pairs.add(List.of(set.exerciseId(), kind));
                }
            }
        }
        return pairs.size();
    }

    private static List<SetCompleted> history(Random random, String zone) {
        List<SetCompleted> sets = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.of(2026, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        int count = 5 + random.nextInt(30);
        for (int i = 0; i < count; i++) {
            OffsetDateTime at = start.plusMinutes(random.nextInt(40 * 24 * 60));
            Side side = random.nextInt(4) == 0 ? Side.BOTH : null;
            boolean hold = random.nextInt(5) == 0;
            Integer reps = hold ? null : 1 + random.nextInt(15);
            Double load = hold || random.nextBoolean() ? null : 2.5 * random.nextInt(60);
            sets.add(SetRecords.set(String.format("%03d", i), "x", EXERCISES.get(random.nextInt(EXERCISES.size())),
                    at.toString(), zone, reps, load, hold ? 10 + random.nextInt(80) : null, side));
        }
        return sets;
    }

    private static List<List<ConsumerRecord<String, byte[]>>> messy(Random random, String athlete, List<SetCompleted> history,
                                                                    List<Integer> voided) {
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
        for (SetCompleted set : history) {
            int copies = 1 + (random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0);
            for (int c = 0; c < copies; c++) {
                all.add(consumerRecord(SetRecords.record(as(athlete, set))));
            }
        }
        for (int index : voided) {
            String target = athlete + ":" + history.get(index).eventId();
            SetVoided voiding = new SetVoided(target + ":void", athlete, target, PinnedClock.now().atOffset(ZoneOffset.UTC), "test");
            all.add(consumerRecord(SetRecords.record(voiding)));
            all.add(consumerRecord(SetRecords.record(voiding)));
        }
        Collections.shuffle(all, random);
        List<List<ConsumerRecord<String, byte[]>>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); ) {
            int to = Math.min(all.size(), from + 1 + random.nextInt(12));
            batches.add(all.subList(from, to));
            from = to;
        }
        return batches;
    }

    private static SetCompleted as(String athlete, SetCompleted set) {
        return new SetCompleted(athlete + ":" + set.eventId(), athlete, set.exerciseId(), set.completedAt(), set.timeZone(),
                set.reps(), set.loadKg(), set.durationSeconds(), set.distanceMeters(), set.side(), null, null, null,
                null, "test");
    }

    private static ConsumerRecord<String, byte[]> consumerRecord(org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> produced) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.COMPLETED_SETS, 0, 0, produced.key(), produced.value());
        record.headers().add(produced.headers().lastHeader(CloudEventHeaders.TYPE));
        return record;
    }

    /** The response without what names the athlete. */
    private static Map<String, Object> view(String athlete, String path) {
        Map<String, Object> body = asPlatform().get("/athletes/{id}" + path, athlete).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        String text = body.entrySet().stream().filter(e -> !"athleteId".equals(e.getKey()))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
        return Map.of("view", text.replace(athlete, "<athlete>"));
    }
}
