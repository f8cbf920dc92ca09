package dev.stride.plan.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.JsonFailures;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.messaging.DeadLetter;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads a poll of {@code exercise-definitions}: what can be replicated, and what goes to the dead-letter topic and why. */
public final class Definitions {
    static final String UNREADABLE = "unreadable-exercise";
    private static final ObjectReader READER = EventJson.mapper().readerFor(ExercisePublished.class);

    private Definitions() {
    }

    /** A definition with its original JSON, kept as the replica's body, and the record it came from. */
    public record Definition(ExercisePublished exercise, String json, ConsumerRecord<String, byte[]> record) {
    }

    public record Read(List<Definition> accepted, List<DeadLetter> rejected) {
    }

    public static Read read(Iterable<ConsumerRecord<String, byte[]>> records) {
        List<Definition> accepted = new ArrayList<>();
        List<DeadLetter> rejected = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.value() == null) {
                continue; // a tombstone of the compacted topic: the catalog never deletes, so nothing to do
            }
            try {
                ExercisePublished exercise = check(record, READER.readValue(record.value()));
                accepted.add(new Definition(exercise, new String(record.value(), StandardCharsets.UTF_8), record));
            } catch (JacksonException e) {
                rejected.add(new DeadLetter(record, UNREADABLE, JsonFailures.describe(e)));
            } catch (IOException e) {
                rejected.add(new DeadLetter(record, UNREADABLE, e.getMessage()));
            }
        }
        return new Read(accepted, rejected);
    }

    private static ExercisePublished check(ConsumerRecord<String, byte[]> record, ExercisePublished e) throws IOException {
        Optional<String> type = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE);
        if (type.isPresent() && !type.get().equals(ExercisePublished.TYPE)) {
            throw new IOException("ce_type " + type.get() + " is not " + ExercisePublished.TYPE);
        }
        if (e == null || e.id() == null || e.version() < 1 || e.status() == null || e.name() == null || e.slug() == null) {
            throw new IOException("id, version >= 1, slug, name and status are required");
        }
        if (record.key() != null && !record.key().equals(e.id().toString())) {
            throw new IOException("key " + record.key() + " is not the exercise id " + e.id());
        }
        return e;
    }
}
