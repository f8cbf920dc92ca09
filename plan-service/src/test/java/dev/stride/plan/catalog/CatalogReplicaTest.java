package dev.stride.plan.catalog;

import static dev.stride.testing.Management.management;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.Topics;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.ExerciseStatus;
import dev.stride.messaging.DeadLetter;
import dev.stride.plan.ArticleCatalog;
import dev.stride.plan.CatalogEvents;
import dev.stride.testing.Sql;
import dev.stride.testing.StrideInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogReplicaTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void keepsOnlyTheHighestVersionWhateverTheOrder() throws Exception {
        ExercisePublished clamshell = ArticleCatalog.copy(ArticleCatalog.CLAMSHELL, UUID.randomUUID(), "clamshell-versions");
        ExercisePublished v3 = ArticleCatalog.changed(clamshell, 3, ExerciseStatus.RETIRED);
        // The marker lands on the same partition after them: once it is replicated, all of them were.
        ExercisePublished marker = ArticleCatalog.copy(ArticleCatalog.CLAMSHELL, samePartitionAs(clamshell.id()), "clamshell-marker");
        CatalogEvents.publish(v3, ArticleCatalog.changed(clamshell, 2, ExerciseStatus.ACTIVE), v3, clamshell, marker);

        await().atMost(Duration.ofSeconds(20)).until(() -> replicated(marker.id()).isPresent());
        assertEquals(Optional.of("3 RETIRED"), replicated(clamshell.id()), "older and repeated versions change nothing");
    }

    @Test
    void unreadableRecordGoesToTheDeadLetterTopicWithItsReasonAndThePartitionFlows() {
        UUID id = UUID.randomUUID();
        ExercisePublished hop = ArticleCatalog.copy(ArticleCatalog.DIAGONAL_HOP, id, "forward-diagonal-hop-dlq");
        byte[] garbage = "{\"id\": \"not-a-uuid\", \"version\": ".getBytes(StandardCharsets.UTF_8);
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, byte[]> dlq = companion.consume(String.class, byte[].class).fromTopics(Topics.PLAN_SERVICE_DLQ);
            // Same key, so same partition: the good record behind the bad one must still arrive.
            CatalogEvents.publishRecords(List.of(CatalogEvents.raw(id.toString(), garbage), CatalogEvents.record(hop)));

            ConsumerRecord<String, byte[]> letter = await().atMost(Duration.ofSeconds(20)).until(
                    () -> dlq.getRecords().stream().filter(r -> id.toString().equals(r.key())).findFirst(), Optional::isPresent).orElseThrow();
            assertEquals("unreadable-exercise", CloudEventHeaders.read(letter.headers(), DeadLetter.REASON).orElseThrow());
            assertEquals(true, CloudEventHeaders.read(letter.headers(), DeadLetter.DETAIL).orElseThrow().contains("not-a-uuid"));
            assertEquals(Topics.EXERCISE_DEFINITIONS, CloudEventHeaders.read(letter.headers(), "dlq-original-topic").orElseThrow());
            assertEquals(new String(garbage, StandardCharsets.UTF_8), new String(letter.value(), StandardCharsets.UTF_8));
            await().atMost(Duration.ofSeconds(20)).until(() -> replicated(id).equals(Optional.of("1 ACTIVE")));
        }
    }

    @Test
    void aDefinitionTheDatabaseRefusesIsDeadLetteredAndTheRestOfItsPollKept() throws Exception {
        ExercisePublished unlucky = ArticleCatalog.copy(ArticleCatalog.DIAGONAL_HOP, UUID.randomUUID(), "unlucky-hop");
        ExercisePublished lucky = ArticleCatalog.copy(ArticleCatalog.DIAGONAL_HOP, samePartitionAs(unlucky.id()), "lucky-hop");
        Sql.execute(dataSource, "ALTER TABLE catalog_exercise ADD CONSTRAINT no_unlucky_slug CHECK (body NOT LIKE '%unlucky-hop%') NOT VALID");
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, byte[]> dlq = companion.consume(String.class, byte[].class).fromTopics(Topics.PLAN_SERVICE_DLQ);
            CatalogEvents.publish(unlucky, lucky);

            ConsumerRecord<String, byte[]> letter = await().atMost(Duration.ofSeconds(20)).until(() -> dlq.getRecords().stream()
                    .filter(r -> unlucky.id().toString().equals(r.key())).findFirst(), Optional::isPresent).orElseThrow();
            assertEquals(DeadLetter.UNSTORABLE, CloudEventHeaders.read(letter.headers(), DeadLetter.REASON).orElseThrow());
            assertEquals(true, CloudEventHeaders.read(letter.headers(), DeadLetter.DETAIL).orElseThrow().contains("no_unlucky_slug"));
            await().atMost(Duration.ofSeconds(20)).until(() -> replicated(lucky.id()).equals(Optional.of("1 ACTIVE")));
            assertEquals(Optional.empty(), replicated(unlucky.id()));
        } finally {
            Sql.execute(dataSource, "ALTER TABLE catalog_exercise DROP CONSTRAINT no_unlucky_slug");
        }
        management().get("/q/health/ready").then().statusCode(200);
    }


    /** Exercise-definitions has 3 partitions; the producer's default partitioner hashes the key. */
    private static UUID samePartitionAs(UUID id) {
        UUID other;
        do {
            other = UUID.randomUUID();
        } while (partition(other) != partition(id));
        return other;
    }

    private static int partition(UUID key) {
        return Utils.toPositive(Utils.murmur2(key.toString().getBytes(StandardCharsets.UTF_8))) % 3;
    }

    private Optional<String> replicated(UUID id) throws Exception {
        try (var c = dataSource.getConnection(); var select = c.prepareStatement("SELECT version, status FROM catalog_exercise WHERE id = ?")) {
            select.setObject(1, id);
            try (var rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1) + " " + rows.getString(2)) : Optional.empty();
            }
        }
    }
}
