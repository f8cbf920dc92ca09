package dev.stride.progress.sets;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.JsonFailures;
import dev.stride.contracts.TextRules;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.SetVoided;
import dev.stride.messaging.DeadLetter;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A poll of {@code completed-sets} decoded and checked: the valid sets and voids, each with the
 * record it came from, and the records refused with their reason. Which copies of an id conflict
 * is only known against what is stored (see {@link #conflicts}). A batch the database refuses for
 * a record's fault is split in {@link #halves} until that record is found.
 */
public final class DecodedBatch {
    private static final ObjectReader SET_READER = EventJson.mapper().readerFor(SetCompleted.class);
    private static final ObjectReader VOID_READER = EventJson.mapper().readerFor(SetVoided.class);
    public static final String CONFLICT = "conflict";
    public static final String NOT_JSON = "not-json";

    private final List<Entry> entries;
    private final List<DeadLetter> rejected;

    /** A valid set or void (exactly one of the two) and the record it came from. */
    private record Entry(ConsumerRecord<String, byte[]> record, PerformedSet set, SetVoided voided) {
        String athleteId() {
            return set != null ? set.event().athleteId() : voided.athleteId();
        }

        /** The id it is stored under: the set's own, or the voided set's. */
        String storedId() {
            return set != null ? set.event().eventId() : voided.voidedEventId();
        }
    }

    private DecodedBatch(List<Entry> entries, List<DeadLetter> rejected) {
        this.entries = entries;
        this.rejected = rejected;
    }

    public static DecodedBatch of(Iterable<ConsumerRecord<String, byte[]>> records, Instant now) {
        DecodedBatch batch = new DecodedBatch(new ArrayList<>(), new ArrayList<>());
        records.forEach(record -> batch.decode(record, now));
        return batch;
    }

    /** This batch followed by {@code next}: the records of both, in that order. */
    public DecodedBatch followedBy(DecodedBatch next) {
        List<Entry> allEntries = new ArrayList<>(entries);
        allEntries.addAll(next.entries);
        List<DeadLetter> allRejected = new ArrayList<>(rejected);
        allRejected.addAll(next.rejected);
        return new DecodedBatch(allEntries, allRejected);
    }

    private void decode(ConsumerRecord<String, byte[]> record, Instant now) {
        String type = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE).orElse(SetCompleted.TYPE);
        try {
            if (SetVoided.TYPE.equals(type)) {
                SetVoided voided = VOID_READER.readValue(record.value());
                refuseOr(record, SetRules.check(voided, now), () -> entries.add(new Entry(record, null, voided)));
            } else if (SetCompleted.TYPE.equals(type)) {
                SetCompleted set = SET_READER.readValue(record.value());
                refuseOr(record, SetRules.check(set, now), () -> entries.add(new Entry(record, PerformedSet.of(set), null)));
            } else {
                rejected.add(new DeadLetter(record, "unknown-type", "unknown ce_type " + TextRules.quoted(type)));
            }
        } catch (JacksonException e) {
            rejected.add(new DeadLetter(record, unparsable(e) ? NOT_JSON : Violation.SCHEMA, JsonFailures.describe(e)));
        } catch (IOException | RuntimeException e) {
            rejected.add(new DeadLetter(record, Violation.SCHEMA, "not a " + type));
        }
    }

    /** Not JSON at all (bad bytes, bad syntax), as opposed to JSON that is not a valid set; Jackson may wrap the first in the second. */
    private static boolean unparsable(JacksonException e) {
        Throwable cause = e instanceof JsonMappingException && e.getCause() instanceof JacksonException inner ? inner : e;
        return cause instanceof StreamReadException && !(cause instanceof InputCoercionException);
    }

    private void refuseOr(ConsumerRecord<String, byte[]> record, List<Violation> violations, Runnable accept) {
        if (violations.isEmpty()) {
            accept.run();
            return;
        }
        String detail = violations.stream().map(v -> v.field() + " " + v.message()).reduce((a, b) -> a + "; " + b).orElse("");
        rejected.add(new DeadLetter(record, violations.get(0).reason(), detail));
    }

    /** The copies whose content differs from what is stored under their id: refused as conflicts. */
    public List<DeadLetter> conflicts(Map<String, Long> storedFingerprints) {
        List<DeadLetter> conflicts = new ArrayList<>();
        for (Entry entry : entries) {
            PerformedSet set = entry.set();
            Long stored = set == null ? null : storedFingerprints.get(set.event().eventId());
            if (stored != null && stored != set.fingerprint()) {
                conflicts.add(new DeadLetter(entry.record(), CONFLICT,
                        "event id " + set.event().eventId() + " already stored with other content"));
            }
        }
        return conflicts;
    }

    /** One set per event id, the first copy of the batch. */
    public List<PerformedSet> sets() {
        Map<String, PerformedSet> firsts = new LinkedHashMap<>();
        entries.stream().filter(e -> e.set() != null).forEach(e -> firsts.putIfAbsent(e.set().event().eventId(), e.set()));
        return List.copyOf(firsts.values());
    }

    public List<SetVoided> voids() {
        return entries.stream().filter(e -> e.voided() != null).map(Entry::voided).toList();
    }

    /** The records refused while decoding. */
    public List<DeadLetter> rejected() {
        return rejected;
    }

    /** How many valid sets and voids the batch holds (copies included). */
    public int size() {
        return entries.size();
    }

    /** The records of the valid sets and voids, in poll order. */
    public List<ConsumerRecord<String, byte[]>> records() {
        return entries.stream().map(Entry::record).toList();
    }

    /**
     * The valid sets and voids in {@code count} batches, each in poll order, without the refused
     * records, so that they can be stored side by side: no athlete has records in two of them (no
     * row of the volume, the records or the athlete is written by two), and an id that comes
     * under more than one athlete in this poll is in the first one with all of those athletes'
     * records, so that its first copy still wins.
     */
    public List<DecodedBatch> byAthlete(int count) {
        Map<String, String> athleteOfId = new HashMap<>();
        Set<String> together = new HashSet<>();
        for (Entry entry : entries) {
            String first = athleteOfId.putIfAbsent(entry.storedId(), entry.athleteId());
            if (first != null && !first.equals(entry.athleteId())) {
                together.add(first);
                together.add(entry.athleteId());
            }
        }
        List<List<Entry>> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parts.add(new ArrayList<>());
        }
        for (Entry entry : entries) {
            String athlete = entry.athleteId();
            parts.get(together.contains(athlete) ? 0 : Math.floorMod(athlete.hashCode(), count)).add(entry);
        }
        return parts.stream().filter(part -> !part.isEmpty()).map(part -> new DecodedBatch(part, List.of())).toList();
    }

    /** The valid sets and voids in two batches of (nearly) equal size, in order, without the refused records. */
    public List<DecodedBatch> halves() {
        int middle = entries.size() / 2;
        return List.of(new DecodedBatch(entries.subList(0, middle), List.of()),
                new DecodedBatch(entries.subList(middle, entries.size()), List.of()));
    }
}
