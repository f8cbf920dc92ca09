package dev.stride.plan.adherence;

import static dev.stride.testing.As.asAthlete;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.Topics;
import dev.stride.contracts.plan.PlanChanged;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.plan.CatalogEvents;
import dev.stride.plan.plan.PlanBodies;
import dev.stride.testing.PinnedClock;
import dev.stride.testing.StrideInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sets logged on {@code completed-sets} against a plan that started last Wednesday (sessions
 * Wednesday and Friday), then one of today's session: week 1 is reviewed, the plan adapts and
 * {@code plan.revised} is published.
 */
@QuarkusTest
class AdaptationThroughTheBrokerTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final String athlete = "athlete-" + UUID.randomUUID();

    @BeforeAll
    static void catalogIsReplicated() {
        CatalogEvents.publishTheArticle();
    }

    @Test
    void aMostlyMissedWeekRepeatsAndSetsOfAnotherAthleteDoNotCount() throws Exception {
        JsonPath plan = plan();
        String wednesday = plan.getString("schedule[0].sessions[0].sessionId");
        String exercise = plan.getString("schedule[0].sessions[0].exercises[0].exerciseId");
        int prescribed = plan.getList("schedule[0].sessions.flatten().exercises.flatten().sets", Integer.class).stream().mapToInt(i -> i).sum();
        List<SetCompleted> sets = new ArrayList<>();
        for (int i = 0; i < prescribed; i++) {
            sets.add(set("intruder", plan, wednesday, exercise, null)); // names the plan, but it is not theirs
        }
        sets.add(set(athlete, plan, wednesday, exercise, 7.0));
        sets.add(set(athlete, plan, wednesday, exercise, 7.0));
        sets.add(set("poison\u0000set", athlete, plan, wednesday, exercise, 7.0)); // a NUL no database stores
        sets.add(today(plan));

        PlanChanged revised = publishAndAwaitRevision(sets, unreadable());

        assertEquals(2, revised.planVersion());
        assertEquals(List.of("Week 1 was mostly missed (2 of " + prescribed + " sets logged): from here on every dose is a step"
                + " back, so the week is repeated instead of progressing."), changesOfFirstSessionAfterToday());
    }

    @Test
    void anExerciseLoggedAtRpeNineHoldsItsDose() throws Exception {
        JsonPath plan = plan();
        List<SetCompleted> sets = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            String session = plan.getString("schedule[0].sessions[" + s + "].sessionId");
            List<Map<String, Object>> exercises = plan.getList("schedule[0].sessions[" + s + "].exercises");
            for (Map<String, Object> e : exercises) {
                boolean clamshell = "Clamshell".equals(e.get("name"));
                for (int i = 0; i < (Integer) e.get("sets"); i++) {
                    sets.add(set(athlete, plan, session, (String) e.get("exerciseId"), clamshell ? 9.5 : 7.0));
                }
            }
        }
        sets.add(today(plan));
        publishAndAwaitRevision(sets);
        assertEquals(List.of("Clamshell logged at RPE 9 or more in week 1: the dose holds instead of progressing."),
                changesOfFirstSessionAfterToday());
    }

    @SafeVarargs
    private PlanChanged publishAndAwaitRevision(List<SetCompleted> sets, ProducerRecord<String, byte[]>... poison) throws Exception {
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, String> events = companion.consumeStrings().fromTopics(Topics.PLAN_EVENTS);
            List<ProducerRecord<String, byte[]>> records = new ArrayList<>(List.of(poison));
            sets.stream().map(AdaptationThroughTheBrokerTest::record).forEach(records::add);
            companion.produce(String.class, byte[].class).fromRecords(records).awaitCompletion();
            String revised = await().atMost(Duration.ofSeconds(30)).until(() -> events.getRecords().stream()
                    .filter(r -> athlete.equals(r.key()) && r.value().contains("\"REVISED\"")).findFirst(), o -> o.isPresent())
                    .orElseThrow().value();
            return EventJson.mapper().readValue(revised, PlanChanged.class);
        }
    }

    /** Not JSON at all, among the athlete's sets: passed over, the poll's other sets still count. */
    private ProducerRecord<String, byte[]> unreadable() {
        return new ProducerRecord<>(Topics.COMPLETED_SETS, null, athlete, "{not json".getBytes(StandardCharsets.UTF_8),
                CloudEventHeaders.of(UUID.randomUUID(), SetCompleted.TYPE, "/test", PinnedClock.now()));
    }

    private List<String> changesOfFirstSessionAfterToday() {
        JsonPath plan = asAthlete(athlete).get("/athletes/" + athlete + "/plans").then().statusCode(200).extract().jsonPath();
        String today = PinnedClock.today(BERLIN).toString();
        return plan.getList("[0].schedule.sessions.flatten().find { it.date > '" + today + "' }.changes");
    }

    private JsonPath plan() {
        Map<String, Object> body = PlanBodies.typical(athlete, PinnedClock.today(BERLIN).minusDays(7), 8);
        JsonPath plan = await().atMost(Duration.ofSeconds(20)).until(() -> asAthlete(athlete).contentType(ContentType.JSON).body(body)
                .post("/plans").then().extract(), r -> r.statusCode() == 201).jsonPath();
        assertTrue(LocalDate.parse(plan.getString("schedule[0].sessions[0].date")).isBefore(PinnedClock.today(BERLIN)));
        return plan;
    }

    /** A set of today's session (week 2): week 1's sets are in. */
    private SetCompleted today(JsonPath plan) {
        String session = plan.getString("schedule[1].sessions[0].sessionId");
        return set(athlete, plan, session, plan.getString("schedule[1].sessions[0].exercises[0].exerciseId"), 7.0);
    }

    private static SetCompleted set(String athleteId, JsonPath plan, String session, String exercise, Double rpe) {
        return set(UUID.randomUUID().toString(), athleteId, plan, session, exercise, rpe);
    }

    private static SetCompleted set(String eventId, String athleteId, JsonPath plan, String session, String exercise, Double rpe) {
        LocalDate day = LocalDate.parse(plan.getString("schedule.sessions.flatten().find { it.sessionId == '" + session + "' }.date"));
        OffsetDateTime at = day.atTime(18, 30).atZone(BERLIN).toOffsetDateTime();
        return new SetCompleted(eventId, athleteId, UUID.fromString(exercise), at, BERLIN.getId(), 10, null, null,
                null, null, rpe, UUID.fromString(plan.getString("id")), UUID.fromString(session), null, "test");
    }

    private static ProducerRecord<String, byte[]> record(SetCompleted set) {
        try {
            return new ProducerRecord<>(Topics.COMPLETED_SETS, null, set.athleteId(), EventJson.mapper().writeValueAsBytes(set),
                    CloudEventHeaders.of(UUID.randomUUID(), SetCompleted.TYPE, "/test", set.completedAt().toInstant()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
