package dev.stride.bench.faults;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.stride.bench.pipeline.DerivedEvents;
import dev.stride.bench.pipeline.ProgressClient;
import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.Topics;
import dev.stride.messaging.DeadLetter;
import dev.stride.workload.AthleteWeek;
import dev.stride.workload.Totals;
import dev.stride.workload.Truth;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What progress-service shows against what was sent: sets lost or counted twice per athlete-week
 * (through {@code /volume}), dead letters, and progress-events — every fact in the service's fact
 * log on the topic, none missing and none under two ids. An event sent again with its own id (the
 * relay killed between the broker's ack and its delete) is counted, not failed: the relay is
 * at least once, and consumers drop a CloudEvent whose source and id they have seen.
 */
final class IngestionCheck {
    private final Truth truth;
    private final ProgressClient client;
    private final List<String> differences = new ArrayList<>();
    private long counted;
    private long lost;
    private long countedTwice;

    IngestionCheck(Truth truth, ProgressClient client) {
        this.truth = truth;
        this.client = client;
    }

    Outcome outcome(String scenario, FaultStack stack, String recovery) throws Exception {
        compareVolume();
        String deadLetters = deadLetters(stack);
        String facts = progressEvents(stack);
        long expected = truth.weeks().values().stream().mapToLong(Totals::sets).sum();
        return new Outcome(scenario, String.format("%,d", truth.records()),
                String.format("%,d of %,d sets", counted, expected), String.valueOf(lost), String.valueOf(countedTwice),
                deadLetters, facts, Outcome.NONE, recovery, List.copyOf(differences));
    }

    private void compareVolume() throws Exception {
        LocalDate from = truth.weeks().keySet().stream().map(AthleteWeek::monday).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = truth.weeks().keySet().stream().map(AthleteWeek::monday).max(LocalDate::compareTo).orElseThrow().plusDays(6);
        Map<AthleteWeek, Totals> expected = truth.weeks();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Optional<Map<LocalDate, Totals>>>> shown = new ArrayList<>();
            List<String> athletes = List.copyOf(truth.athletes().keySet());
            for (String athlete : athletes) {
                shown.add(pool.submit(() -> client.weeks(athlete, from, to)));
            }
            for (int i = 0; i < athletes.size(); i++) {
                compare(athletes.get(i), shown.get(i).get().orElse(Map.of()), expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    private void compare(String athlete, Map<LocalDate, Totals> shown, Map<AthleteWeek, Totals> expected) {
        Set<LocalDate> weeks = new HashSet<>(shown.keySet());
        expected.keySet().stream().filter(w -> w.athleteId().equals(athlete)).forEach(w -> weeks.add(w.monday()));
        for (LocalDate monday : weeks) {
            Totals want = expected.get(new AthleteWeek(athlete, monday));
            Totals got = shown.get(monday);
            long wantSets = want == null ? 0 : want.sets();
            long gotSets = got == null ? 0 : got.sets();
            counted += gotSets;
            lost += Math.max(0, wantSets - gotSets);
            countedTwice += Math.max(0, gotSets - wantSets);
            if (wantSets != gotSets || (want != null && got != null && !want.sameAs(got))) {
                differences.add(athlete + " week of " + monday + ": expected " + want + ", shown " + got);
            }
        }
    }

    /**
     * Dead letters, once each by the record they stand for (its partition and offset): the DLQ is
     * written at least once, as a poll replayed after a fault dead-letters its poison again.
     * Waits up to a minute for the expected count (dead letters follow their poll's commit).
     */
    private String deadLetters(FaultStack stack) throws InterruptedException {
        long expected = truth.deadLetters();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<ConsumerRecord<String, byte[]>> letters;
        long distinct;
        do {
            letters = TopicReader.readAll(stack.kafka().bootstrapServers(), Topics.COMPLETED_SETS_DLQ);
            distinct = letters.stream().map(l -> TopicReader.header(l, DeadLetter.ORIGINAL_PARTITION) + "@"
                    + TopicReader.header(l, DeadLetter.ORIGINAL_OFFSET)).distinct().count();
            if (distinct >= expected) {
                break;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        if (distinct != expected) {
            differences.add("DLQ holds " + distinct + " distinct records, expected " + expected);
        }
        long again = letters.size() - distinct;
        return expected + " / " + distinct + (again > 0 ? " (" + again + " written twice)" : "");
    }

    /**
     * Facts decided (the service's fact log) against their events on the topic, id by id: missing,
     * published under an id no fact has, and re-sent. A fact's event id is the name-based UUID of its
     * key (progress-service's {@code FactLog.eventId}).
     */
    private String progressEvents(FaultStack stack) throws Exception {
        Set<String> facts = new HashSet<>();
        try (Connection connection = stack.database("progress")) {
            new DerivedEvents(connection).awaitCaughtUp(Duration.ofMinutes(10));
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT fact_key FROM progress_fact")) {
                while (rows.next()) {
                    facts.add(UUID.nameUUIDFromBytes(rows.getString(1).getBytes(StandardCharsets.UTF_8)).toString());
                }
            }
        }
        List<ConsumerRecord<String, byte[]>> events = TopicReader.readAll(stack.kafka().bootstrapServers(), Topics.PROGRESS_EVENTS);
        Set<String> published = new HashSet<>();
        events.forEach(event -> published.add(TopicReader.header(event, CloudEventHeaders.ID)));
        long missing = facts.stream().filter(id -> !published.contains(id)).count();
        long unknown = published.stream().filter(id -> !facts.contains(id)).count();
        if (missing > 0) {
            differences.add(missing + " facts of the fact log never published on progress-events");
        }
        if (unknown > 0) {
            differences.add(unknown + " progress-events under an id no fact has");
        }
        return String.format("%,d / %d / %d", facts.size(), missing, events.size() - published.size());
    }
}
