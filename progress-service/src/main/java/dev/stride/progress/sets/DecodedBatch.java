package dev.stride.progress.sets;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.SetVoided;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A poll of {@code completed-sets} decoded and checked: valid sets (every copy, and the first of
 * each event id to store), voids, and the records refused with their reason. Which copies of an
 * id conflict is only known against what is stored (see {@link #conflicts}).
 */
public final class DecodedBatch {
    private static final ObjectReader SET_READER = EventJson.mapper().readerFor(SetCompleted.class);
    private static final ObjectReader VOID_READER = EventJson.mapper().readerFor(SetVoided.class);
    public static final String CONFLICT = "conflict";
    public static final String NOT_JSON = "not-json";

    private final Map<String, PerformedSet> firsts = new LinkedHashMap<>();
    private final List<Accepted> copies = new ArrayList<>();
    private final List<SetVoided> voids = new ArrayList<>();
    private final List<Rejected> rejected = new ArrayList<>();

    /** A record refused, with a reason code and a human detail. */
    public record Rejected(ConsumerRecord<String, byte[]> record, String reason, String detail) {
    }

    /** A valid set and the record it came from. */
    private record Accepted(PerformedSet set, ConsumerRecord<String, byte[]> record) {
    }

    public static DecodedBatch of(Iterable<ConsumerRecord<String, byte[]>> records, Instant now) {
        DecodedBatch batch = new DecodedBatch();
        records.forEach(record -> batch.decode(record, now));
        return batch;
    }

    private void decode(ConsumerRecord<String, byte[]> record, Instant now) {
        String type = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE).orElse(SetCompleted.TYPE);
        try {
            if (SetVoided.TYPE.equals(type)) {
                SetVoided voided = VOID_READER.readValue(record.value());
                refuseOr(record, SetRules.check(voided), () -> voids.add(voided));
            } else if (SetCompleted.TYPE.equals(type)) {
                SetCompleted set = SET_READER.readValue(record.value());
                refuseOr(record, SetRules.check(set, now), () -> accept(PerformedSet.of(set), record));
            } else {
                rejected.add(new Rejected(record, "unknown-type", "unknown ce_type " + type));
            }
        } catch (StreamReadException e) {
            rejected.add(new Rejected(record, NOT_JSON, "not JSON: " + firstLine(e.getOriginalMessage())));
        } catch (IOException | RuntimeException e) {
            rejected.add(new Rejected(record, Violation.SCHEMA, "cannot be read as " + type + ": " + firstLine(e.getMessage())));
        }
    }

    private void refuseOr(ConsumerRecord<String, byte[]> record, List<Violation> violations, Runnable accept) {
        if (violations.isEmpty()) {
            accept.run();
            return;
        }
        String detail = violations.stream().map(v -> v.field() + " " + v.message()).reduce((a, b) -> a + "; " + b).orElse("");
        rejected.add(new Rejected(record, violations.get(0).reason(), detail));
    }

    private void accept(PerformedSet set, ConsumerRecord<String, byte[]> record) {
        firsts.putIfAbsent(set.event().eventId(), set);
        copies.add(new Accepted(set, record));
    }

    /** The copies whose content differs from what is stored under their id: refused as conflicts. */
    public List<Rejected> conflicts(Map<String, Long> storedFingerprints) {
        List<Rejected> conflicts = new ArrayList<>();
        for (Accepted copy : copies) {
            Long stored = storedFingerprints.get(copy.set().event().eventId());
            if (stored != null && stored != copy.set().fingerprint()) {
                conflicts.add(new Rejected(copy.record(), CONFLICT,
                        "event id " + copy.set().event().eventId() + " already stored with other content"));
            }
        }
        return conflicts;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** One set per event id, the first copy of the poll. */
    public List<PerformedSet> sets() {
        return List.copyOf(firsts.values());
    }

    public List<SetVoided> voids() {
        return voids;
    }

    public List<Rejected> rejected() {
        return rejected;
    }
}
