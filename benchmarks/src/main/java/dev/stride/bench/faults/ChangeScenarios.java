package dev.stride.bench.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stride.bench.catalog.CatalogClient;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.Topics;
import dev.stride.stack.ServiceProcess;
import dev.stride.testing.Tokens;
import dev.stride.workload.ArticleExercises;
import dev.stride.workload.WorkloadProducer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * catalog-service and plan-service killed right after they commit a change: each round makes one
 * change, and SIGKILLs the service as soon as it answers (its relay may or may not have sent the
 * event); the last round stops the broker first, so that the event is surely still in the outbox
 * when the process dies. Every change must reach its topic, in order per key, after the restart.
 */
final class ChangeScenarios {
    private static final Duration EVENTS = Duration.ofSeconds(60);
    private final FaultOptions options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    ChangeScenarios(FaultOptions options) {
        this.options = options;
    }

    /** One exercise created, then changed once per round: versions 1 to rounds + 1 on exercise-definitions. */
    Outcome catalogKilled() throws Exception {
        String scenario = "catalog-service SIGKILLed after each of " + options.rounds() + " commits";
        System.out.println("[faults] " + scenario);
        try (FaultStack stack = new FaultStack(options.projectRoot(), options.work().resolve("catalog"))) {
            ServiceProcess catalog = stack.launch("catalog-service", 1);
            FaultStack.awaitReady(List.of(catalog));
            CatalogClient client = new CatalogClient(http, catalog::url);
            String id = client.create(1);
            List<Long> expected = new ArrayList<>(List.of(1L));
            Recoveries recoveries = new Recoveries();
            for (int round = 1; round <= options.rounds(); round++) {
                long version = expected.get(expected.size() - 1);
                int changing = round;
                killRightAfter(stack, catalog, round == options.rounds(), recoveries,
                        () -> client.update(id, 1, version, "round " + changing));
                expected.add(version + 1);
            }
            List<Long> arrived = awaitArrivals(stack, Topics.EXERCISE_DEFINITIONS, id, expected.size(),
                    event -> event.path("version").asLong());
            return outcome(scenario, expected, arrived, recoveries);
        }
    }

    /** One plan created per round for one athlete: each plan's creation on plan-events, in creation order. */
    Outcome planKilled() throws Exception {
        String scenario = "plan-service SIGKILLed after each of " + options.rounds() + " commits";
        System.out.println("[faults] " + scenario);
        try (FaultStack stack = new FaultStack(options.projectRoot(), options.work().resolve("plan"));
             WorkloadProducer producer = new WorkloadProducer(stack.kafka().bootstrapServers())) {
            producer.publishDefinitions(ArticleExercises.definitions(Instant.now()));
            ServiceProcess plan = stack.launch("plan-service", 1);
            FaultStack.awaitReady(List.of(plan));
            String athlete = "fault-athlete";
            List<String> expected = new ArrayList<>();
            Recoveries recoveries = new Recoveries();
            for (int round = 1; round <= options.rounds(); round++) {
                killRightAfter(stack, plan, round == options.rounds(), recoveries,
                        () -> expected.add(createPlan(plan, athlete)));
            }
            List<String> arrived = awaitArrivals(stack, Topics.PLAN_EVENTS, athlete, expected.size(),
                    event -> event.path("planId").asText());
            return outcome(scenario, expected, arrived, recoveries);
        }
    }

    private interface Change {
        void commit() throws Exception;
    }

    private static void killRightAfter(FaultStack stack, ServiceProcess service, boolean brokerAway, Recoveries recoveries,
                                       Change change) throws Exception {
        if (brokerAway) {
            stack.kafka().stop();
        }
        change.commit();
        service.kill();
        long killed = System.nanoTime();
        if (brokerAway) {
            stack.kafka().start();
        }
        stack.relaunch(service);
        FaultStack.awaitReady(List.of(service));
        recoveries.add(killed);
    }

    /**
     * A plan for the athlete, retried while plan-service's replica of the catalog is still filling
     * (422: no exercise to plan with yet); its id.
     */
    private String createPlan(ServiceProcess plan, String athlete) throws IOException, InterruptedException {
        String body = EventJson.mapper().writeValueAsString(Map.of(
                "athleteId", athlete, "startDate", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString(), "weeks", 4,
                "sessionsPerWeek", 2,
                "runningWeek", Map.of("MONDAY", "EASY", "TUESDAY", "HARD", "WEDNESDAY", "REST", "THURSDAY", "EASY",
                        "FRIDAY", "REST", "SATURDAY", "EASY", "SUNDAY", "LONG"),
                "experience", "INTERMEDIATE", "focusAreas", List.of("HIP_STABILITY"), "equipment", List.of("MAT"),
                "minutesPerSession", 30, "timeZone", "Europe/Berlin"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(plan.url("/plans")))
                .header("Authorization", "Bearer " + Tokens.athlete(athlete)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                return EventJson.mapper().readTree(response.body()).path("id").asText();
            }
            if (response.statusCode() != 422 || System.nanoTime() > deadline) {
                throw new IllegalStateException("POST /plans answered " + response.statusCode() + ": " + response.body());
            }
            Thread.sleep(500);
        }
    }

    /** What identifies each event of {@code key} on the topic, in arrival order, once at least {@code count} distinct ones arrived. */
    private static <T> List<T> awaitArrivals(FaultStack stack, String topic, String key, int count, Function<JsonNode, T> identity)
            throws Exception {
        long deadline = System.nanoTime() + EVENTS.toNanos();
        List<T> arrived;
        do {
            arrived = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : TopicReader.readAll(stack.kafka().bootstrapServers(), topic)) {
                if (key.equals(record.key())) {
                    arrived.add(identity.apply(EventJson.mapper().readTree(record.value())));
                }
            }
            if (new LinkedHashSet<>(arrived).size() >= count) {
                return arrived;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        return arrived;
    }

    /** Missing: committed, never published. Out of order: an event after a later one. Repeated: sent again after a crash. */
    private static <T> Outcome outcome(String scenario, List<T> expected, List<T> arrived, Recoveries recoveries) {
        List<String> differences = new ArrayList<>();
        List<T> missing = expected.stream().filter(change -> !arrived.contains(change)).toList();
        if (!missing.isEmpty()) {
            differences.add("never published: " + missing);
        }
        int outOfOrder = 0;
        for (int i = 1; i < arrived.size(); i++) {
            if (expected.indexOf(arrived.get(i)) < expected.indexOf(arrived.get(i - 1))) {
                outOfOrder++;
            }
        }
        if (outOfOrder > 0) {
            differences.add(outOfOrder + " event(s) after a later change: " + arrived);
        }
        List<T> unexpected = arrived.stream().filter(change -> !expected.contains(change)).distinct().toList();
        if (!unexpected.isEmpty()) {
            differences.add("published, never committed: " + unexpected);
        }
        long repeated = arrived.size() - new LinkedHashSet<>(arrived).size();
        return new Outcome(scenario, expected.size() + " changes", (expected.size() - missing.size()) + " published",
                String.valueOf(missing.size()), Outcome.NONE, Outcome.NONE, Outcome.NONE,
                missing.size() + " / " + outOfOrder + " / " + repeated, recoveries.describe(), differences);
    }

    /** Kill to ready again, per round. */
    private static final class Recoveries {
        private final List<Double> seconds = new ArrayList<>();

        void add(long killedNanos) {
            seconds.add((System.nanoTime() - killedNanos) / 1e9);
        }

        String describe() {
            return String.format("kill to ready: median %.1f s, max %.1f s",
                    seconds.stream().sorted().toList().get(seconds.size() / 2), seconds.stream().mapToDouble(d -> d).max().orElse(0));
        }
    }
}
