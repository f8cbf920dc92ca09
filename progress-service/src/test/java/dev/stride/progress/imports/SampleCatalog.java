package dev.stride.progress.imports;

import static org.awaitility.Awaitility.await;

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
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The catalog exercises the sample files of {@code transfer/} name (as catalog-service's seed names
 * them, with the aliases the files use), published on exercise-definitions and awaited in the replica.
 * The files' other names (Bench Press (Barbell), Plank, Running (Treadmill)) are not in it.
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
                    .map(e -> definition(e.getKey(), e.getValue())).toList()).awaitCompletion();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> replica.namesAndAliases().values().stream()
                .filter(names -> EXERCISES.containsKey(names.get(0))).count() == EXERCISES.size());
    }

    private static ProducerRecord<String, byte[]> definition(String name, List<String> aliases) {
        UUID id = UUID.nameUUIDFromBytes(("sample " + name).getBytes(StandardCharsets.UTF_8));
        ExercisePublished published = new ExercisePublished(id, 1, "sample-" + id, name, aliases, "", List.of(), List.of(),
                List.of(), List.of(Muscle.GLUTES), List.of(), null, List.of(), null, Measurement.REPS, null, null, List.of(),
                List.of(), null, null, ExerciseStatus.ACTIVE, PinnedClock.now(), PinnedClock.now());
        return new ProducerRecord<>(Topics.EXERCISE_DEFINITIONS, null, id.toString(), SetRecords.json(published),
                CloudEventHeaders.of(UUID.randomUUID(), ExercisePublished.TYPE, "/test", PinnedClock.now()));
    }
}
