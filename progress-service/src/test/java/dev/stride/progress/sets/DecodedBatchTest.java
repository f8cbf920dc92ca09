package dev.stride.progress.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.Topics;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.messaging.DeadLetter;
import dev.stride.progress.fixtures.SetRecords;
import dev.stride.testing.PinnedClock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class DecodedBatchTest {
    private static final UUID SQUAT = UUID.randomUUID();
    private static final SetCompleted ORIGINAL = SetRecords.set("e1", "a1", SQUAT, "2026-03-02T18:00:00Z", "UTC", 5, 100.0, null, null);
    private static final SetCompleted OTHER = SetRecords.set("e1", "a1", SQUAT, "2026-03-02T18:00:00Z", "UTC", 6, 100.0, null, null);

    @Test
    void aConflictIsJudgedAgainstWhatIsStoredNotAgainstTheFirstCopyOfThePoll() {
        DecodedBatch batch = DecodedBatch.of(List.of(record(OTHER, 1), record(ORIGINAL, 2), record(OTHER, 3)), PinnedClock.now());
        Map<String, Long> stored = Map.of("e1", PerformedSet.of(ORIGINAL).fingerprint());

        assertEquals(List.of(1L, 3L), batch.conflicts(stored).stream().map(r -> r.record().offset()).toList());
        assertEquals(List.of(OTHER), batch.sets().stream().map(PerformedSet::event).toList());
    }

    @Test
    void copiesOfWhatIsStoredAreNoConflict() {
        DecodedBatch batch = DecodedBatch.of(List.of(record(ORIGINAL, 1), record(ORIGINAL, 2)), PinnedClock.now());
        assertEquals(List.of(), batch.conflicts(Map.of("e1", PerformedSet.of(ORIGINAL).fingerprint())));
        assertEquals(1, batch.sets().size());
    }

    @Test
    void refusesWhatCannotBeReadOrIsOutOfRangeWithItsReason() {
        SetCompleted negative = SetRecords.set("e2", "a1", SQUAT, "2026-03-02T18:00:00Z", "UTC", -1, null, null, null);
        SetCompleted mars = SetRecords.set("e3", "a1", SQUAT, "2026-03-02T18:00:00Z", "Mars/Olympus", 5, null, null, null);
        SetCompleted future = SetRecords.set("e4", "a1", SQUAT, PinnedClock.now().plusSeconds(90_000).toString(), "UTC", 5, null, null, null);
        ConsumerRecord<String, byte[]> notJson = consumerRecord(SetRecords.record("a1", SetRecords.text("{oops"), "e5", SetCompleted.TYPE), 4);
        DecodedBatch batch = DecodedBatch.of(List.of(record(negative, 1), record(mars, 2), record(future, 3), notJson), PinnedClock.now());

        assertEquals(List.of("out-of-range", "unknown-time-zone", "time-in-future", "not-json"),
                batch.rejected().stream().map(DeadLetter::reason).toList());
        assertEquals(List.of(), batch.sets());
    }

    private static ConsumerRecord<String, byte[]> record(SetCompleted set, long offset) {
        return consumerRecord(SetRecords.record(set), offset);
    }

    private static ConsumerRecord<String, byte[]> consumerRecord(ProducerRecord<String, byte[]> produced, long offset) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.COMPLETED_SETS, 0, offset, produced.key(), produced.value());
        record.headers().add(produced.headers().lastHeader(CloudEventHeaders.TYPE));
        return record;
    }
}
