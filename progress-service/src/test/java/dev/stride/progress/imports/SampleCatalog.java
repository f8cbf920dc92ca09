package dev.stride.progress.imports;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.Topics;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.ExerciseStatus;
import dev.stride.contracts.exercise.Measurement;
import dev.stride.contracts.exercise.Muscle;
import dev.stride.progress.catalog.ExerciseReplica;
import dev.stride.progress.fixtures.SetRecords;
import dev.stride.testing.PinnedClock;
import dev.stride.testing.StrideInfrastructure;
import dev.stride.workload.ArticleExercises;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The catalog exercises the sample files of {@code transfer/} name (as catalog-service's seed names
 * them, with the aliases the files use), published on exercise-definitions and awaited in the replica.
 * The files' other names (Bench Press (Barbell), Plank, Running (Treadmill)) are not in it. Where the
 * workload's article exercises (which other tests publish) already carry a name, that exercise gets
 * the aliases instead, so that no name stands for two exercises (which the import refuses to guess).
 */
final class SampleCatalog {
    static final Map<String, List<String>> EXERCISES = Map.of(
            "Single-Leg Deadlift", List.of("SLDL"), "Glute Leg Circles", List.of(), "Figure-Four Glute Release", List.of(),
            "Lower-Body Twist", List.of("Russian twist"), "Backward Heel Walking", List.of(),
            "Forward Diagonal Hop", List.of(), "Quadruped Limb Raise", List.of("Bird dog"),
            "Quadruped Trunk Rotation", List.of(), "Clamshell", List.of());

    private SampleCatalog() {
    }

    static void publish(ExerciseReplica replica) {
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            companion.produce(String.class, byte[].class).fromRecords(EXERCISES.entrySet().stream()
                    .map(e -> record(definition(e.getKey()))).toList()).awaitCompletion();
        }
        List<UUID> ids = EXERCISES.keySet().stream().map(name -> definition(name).id()).toList();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(ids.size(), replica.find(ids).size(),
                "sample exercises in the replica"));
    }

    static UUID id(String name) {
        return definition(name).id();
    }

    /** Version 2: above the workload's version 1 whichever is published last. */
    private static ExercisePublished definition(String name) {
        List<String> aliases = EXERCISES.get(name);
        ExercisePublished e = ArticleExercises.definitions(PinnedClock.now()).stream()
                .filter(article -> ExerciseNames.normal(article.name()).equals(ExerciseNames.normal(name))).findFirst()
                .orElseGet(() -> new ExercisePublished(UUID.nameUUIDFromBytes(("sample " + name).getBytes(StandardCharsets.UTF_8)),
                        1, "sample-" + ExerciseNames.normal(name).replace(' ', '-'), name, List.of(), "", List.of(), List.of(),
                        List.of(), List.of(Muscle.GLUTES), List.of(), null, List.of(), null, Measurement.REPS, null, null,
                        List.of(), List.of(), null, null, ExerciseStatus.ACTIVE, PinnedClock.now(), PinnedClock.now()));
        return new ExercisePublished(e.id(), 2, e.slug(), e.name(), aliases, e.summary(), e.instructions(), e.cues(),
                e.safetyNotes(), e.primaryMuscles(), e.secondaryMuscles(), e.category(), e.equipment(), e.laterality(),
                e.measurement(), e.prescription(), e.difficulty(), e.progressions(), e.regressions(), e.runnerBenefits(),
                e.notes(), e.status(), e.createdAt(), e.updatedAt());
    }

    private static ProducerRecord<String, byte[]> record(ExercisePublished published) {
        return new ProducerRecord<>(Topics.EXERCISE_DEFINITIONS, null, published.id().toString(), SetRecords.json(published),
                CloudEventHeaders.of(UUID.randomUUID(), ExercisePublished.TYPE, "/test", PinnedClock.now()));
    }
}
