package dev.stride.progress;

import static dev.stride.testing.As.asPlatform;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.Topics;
import dev.stride.testing.PinnedClock;
import dev.stride.testing.StrideInfrastructure;
import dev.stride.workload.ArticleExercises;
import dev.stride.workload.AthleteWeek;
import dev.stride.workload.Totals;
import dev.stride.workload.Truth;
import dev.stride.workload.Workload;
import dev.stride.workload.WorkloadConfig;
import dev.stride.workload.WorkloadProducer;
import dev.stride.workload.WorkloadRecord;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;

/**
 * The pipeline benchmark's workload in small (20,000 records from 300 athletes in ten time zones,
 * with duplicates, voids, late sets and poison) through the real broker: a correctness test, not
 * a timed one. Every athlete's weekly volume must equal the workload's own truth exactly, and
 * every poison record must reach the DLQ once.
 */
@QuarkusTest
class WorkloadCorrectnessTest {
    private static final WorkloadConfig SMALL = WorkloadConfig.defaults().withLastDay(PinnedClock.today().minusDays(1)).withRecords(20_000).withAthletes(300).withSeed(2026);

    @Test
    void everyAthletesWeeklyVolumeAndTheDlqMatchWhatTheWorkloadSent() throws Exception {
        Truth truth = new Truth();
        try (KafkaCompanion companion = StrideInfrastructure.companion();
             WorkloadProducer producer = new WorkloadProducer(StrideInfrastructure.bootstrapServers())) {
            ConsumerTask<String, byte[]> dlq = companion.consume(String.class, byte[].class).fromTopics(Topics.COMPLETED_SETS_DLQ);
            producer.publishDefinitions(ArticleExercises.definitions(PinnedClock.now()));
            producer.sendAll(new Workload(SMALL), truth);

            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                    .untilAsserted(() -> assertEquals(List.of(), mismatches(truth)));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertEquals(truth.deadLetters(), deadLettersFromTheWorkload(dlq)));
            dlq.stop();
        }
    }

    private static long deadLettersFromTheWorkload(ConsumerTask<String, byte[]> dlq) {
        return dlq.getRecords().stream()
                .filter(r -> CloudEventHeaders.read(r.headers(), CloudEventHeaders.SOURCE).orElse("").equals(WorkloadRecord.SOURCE))
                .count();
    }

    private static List<String> mismatches(Truth truth) {
        Map<String, Map<LocalDate, Totals>> expected = new HashMap<>();
        truth.weeks().forEach((week, totals) ->
                expected.computeIfAbsent(week.athleteId(), a -> new HashMap<>()).put(week.monday(), totals));
        LocalDate from = truth.weeks().keySet().stream().map(AthleteWeek::monday).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = truth.weeks().keySet().stream().map(AthleteWeek::monday).max(LocalDate::compareTo).orElseThrow();
        List<String> mismatches = new ArrayList<>();
        for (String athlete : truth.athletes().keySet()) {
            Map<LocalDate, Totals> shown = shownWeeks(athlete, from.toString(), to.plusDays(6).toString());
            Map<LocalDate, Totals> wanted = expected.getOrDefault(athlete, Map.of());
            if (shown.size() != wanted.size() || wanted.entrySet().stream()
                    .anyMatch(e -> shown.get(e.getKey()) == null || !shown.get(e.getKey()).sameAs(e.getValue()))) {
                mismatches.add(athlete + ": expected " + wanted + ", shown " + shown);
            }
        }
        return mismatches.size() > 3 ? List.of(mismatches.size() + " athletes differ, e.g. " + mismatches.get(0)) : mismatches;
    }

    private static Map<LocalDate, Totals> shownWeeks(String athlete, String from, String to) {
        var response = asPlatform().get("/athletes/{id}/volume?bucket=week&by=exercise&from={from}&to={to}", athlete, from, to);
        if (response.statusCode() == 404) {
            return Map.of();
        }
        JsonPath body = new JsonPath(response.then().statusCode(200).extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        Map<LocalDate, Totals> weeks = new HashMap<>();
        List<Map<String, Object>> buckets = body.getList("buckets");
        for (Map<String, Object> bucket : buckets) {
            @SuppressWarnings("unchecked")
            Map<String, Object> total = (Map<String, Object>) bucket.get("total");
            weeks.put(LocalDate.parse((String) bucket.get("start")), new Totals(number(total, "sets").longValueExact(),
                    number(total, "reps").longValueExact(), number(total, "tonnageKg"),
                    number(total, "holdSeconds").longValueExact(), number(total, "distanceMeters")));
        }
        return weeks;
    }

    private static BigDecimal number(Map<String, Object> total, String field) {
        return new BigDecimal(String.valueOf(total.get(field)));
    }
}
