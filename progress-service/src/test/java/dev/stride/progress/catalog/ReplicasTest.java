package dev.stride.progress.catalog;

import static dev.stride.progress.fixtures.SetRecords.record;
import static dev.stride.progress.fixtures.SetRecords.set;
import static dev.stride.testing.As.asPlatform;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.Topics;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.ExerciseStatus;
import dev.stride.contracts.exercise.Measurement;
import dev.stride.contracts.exercise.Muscle;
import dev.stride.contracts.plan.PlanChange;
import dev.stride.contracts.plan.PlanChanged;
import dev.stride.contracts.plan.PlannedExercise;
import dev.stride.contracts.plan.PlannedSession;
import dev.stride.progress.fixtures.SetRecords;
import dev.stride.progress.streak.StreakCalculator;
import dev.stride.testing.PinnedClock;
import dev.stride.testing.StrideInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The replicas of exercise-definitions and plan-events, fed through the real broker. */
@QuarkusTest
class ReplicasTest {

    @Test
    void attributesMusclesOnceTheDefinitionArrivesKeepingTheHighestVersion() {
        String athlete = "muscles-" + UUID.randomUUID();
        UUID exercise = UUID.randomUUID();
        String volume = "/athletes/{id}/volume?from=2026-03-04&to=2026-03-04&by=muscle";
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            produce(companion, record(set(athlete + "-1", athlete, exercise, "2026-03-04T08:00:00Z", "UTC", 10, 20.0, null, null)));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asPlatform().get(volume, athlete).then().statusCode(200)
                    .body("buckets[0].total.sets", equalTo(1)).body("buckets[0].items", empty()));

            produce(companion, definition(exercise, 2, List.of(Muscle.GLUTES), List.of(Muscle.HAMSTRINGS)),
                    definition(exercise, 1, List.of(Muscle.CHEST), List.of()));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asPlatform().get(volume, athlete).then().statusCode(200)
                    .body("buckets[0].items.key", equalTo(List.of("GLUTES", "HAMSTRINGS")))
                    .body("buckets[0].items.sets", equalTo(List.of(1, 0.5f)))
                    .body("buckets[0].items.reps", equalTo(List.of(10, 10))));
        }
    }

    @Test
    void theActivePlanSetsTheWeeklyTargetAndAdherenceCountsSetsPerPlanWeek() {
        String athlete = "plan-" + UUID.randomUUID();
        UUID exercise = UUID.randomUUID();
        UUID planId = UUID.randomUUID();
        LocalDate monday = StreakCalculator.weekOf(PinnedClock.today());
        PlannedExercise prescribed = new PlannedExercise(exercise, 1, "Split squat", 3, 8, null, null, null, true, 60);
        PlanChanged plan = new PlanChanged(UUID.randomUUID(), PlanChange.CREATED, planId, 1, athlete, "UTC", monday, 2, 3,
                List.of(new PlannedSession(UUID.randomUUID(), 1, monday, false, List.of(prescribed)),
                        new PlannedSession(UUID.randomUUID(), 2, monday.plusWeeks(1), false, List.of(prescribed))),
                PinnedClock.now());
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            produce(companion, new ProducerRecord<>(Topics.PLAN_EVENTS, null, athlete, SetRecords.json(plan),
                    CloudEventHeaders.of(plan.eventId(), PlanChange.CREATED.type(), "/test", PinnedClock.now())));
            produce(companion, record(set(athlete + "-1", athlete, exercise, monday + "T07:00:00Z", "UTC", 8, null, null, null)),
                    record(set(athlete + "-2", athlete, exercise, monday + "T07:05:00Z", "UTC", 8, null, null, null)));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asPlatform()
                    .get("/athletes/{id}/adherence?planId={plan}", athlete, planId).then().statusCode(200)
                    .body("prescribedSets", equalTo(6)).body("completedSets", equalTo(2))
                    .body("weeks[0].exercises[0].prescribedSets", equalTo(3))
                    .body("weeks[0].exercises[0].completedSets", equalTo(2))
                    .body("weeks[1].completedSets", equalTo(0)));
        }
        asPlatform().get("/athletes/{id}/streaks", athlete).then().statusCode(200).body("weekly.target", equalTo(3));
        asPlatform().get("/athletes/{id}/adherence?planId={plan}", athlete, UUID.randomUUID()).then().statusCode(404);
    }

    private static ProducerRecord<String, byte[]> definition(UUID id, long version, List<Muscle> primary, List<Muscle> secondary) {
        ExercisePublished published = new ExercisePublished(id, version, "split-squat-" + id, "Split squat", List.of(), "",
                List.of(), List.of(), List.of(), primary, secondary, null, List.of(), null, Measurement.REPS, null, null,
                List.of(), List.of(), null, null, ExerciseStatus.ACTIVE, PinnedClock.now(), PinnedClock.now());
        return new ProducerRecord<>(Topics.EXERCISE_DEFINITIONS, null, id.toString(), SetRecords.json(published),
                CloudEventHeaders.of(UUID.randomUUID(), ExercisePublished.TYPE, "/test", PinnedClock.now()));
    }

    @SafeVarargs
    private static void produce(KafkaCompanion companion, ProducerRecord<String, byte[]>... records) {
        companion.produce(String.class, byte[].class).fromRecords(List.of(records)).awaitCompletion();
    }
}
