package dev.stride.plan.catalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.exercise.ExercisePublished;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads a poll of {@code exercise-definitions}: what can be replicated, and what goes to the dead-letter topic and why. */
public final class Definitions {
    private static final ObjectReader READER = EventJson.mapper().readerFor(ExercisePublished.class);

    private Definitions() {
    }

    /** A definition with its original JSON, kept as the replica's body. */
    public record Definition(ExercisePublished exercise, String json) {
    }

    public record Rejected(ConsumerRecord<String, byte[]> record, String reason, String detail) {
    }

    public record Read(List<Definition> accepted, List<Rejected> rejected) {
    }

    public static Read read(Iterable<ConsumerRecord<String, byte[]>> records) {
        List<Definition> accepted = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.value() == null) {
                continue; // a tombstone of the compacted topic: the catalog never deletes, so nothing to do
            }
            try {
                accepted.add(new Definition(check(record, READER.readValue(record.value())), new String(record.value(), java.nio.charset.StandardCharsets.UTF_8)));
            } catch (IOException e) {
                rejected.add(new Rejected(record, "unreadable-exercise", String.valueOf(e.getMessage())));
            }
        }
        return new Read(accepted, rejected);
    }

    private static ExercisePublished check(ConsumerRecord<String, byte[]> record, ExercisePublished e) throws IOException {
        Optional<String> type = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE);
        if (type.isPresent() && !type.get().equals(ExercisePublished.TYPE)) {
            throw new IOException("ce_type " + type.get() + " is not " + ExercisePublished.TYPE);
        }
        if (e.id() == null || e.version() < 1 || e.status() == null || e.name() == null || e.slug() == null) {
            throw new IOException("id, version >= 1, slug, name and status are required");
        }
        if (record.key() != null && !record.key().equals(e.id().toString())) {
            throw new IOException("key " + record.key() + " is not the exercise id " + e.id());
        }
        return e;
    }
}
