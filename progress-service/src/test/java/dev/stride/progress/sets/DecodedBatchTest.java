package dev.stride.progress.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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

    @Test
    void sharesByAthleteNeverSplitAnAthleteAndKeepPollOrder() {
        List<SetCompleted> sets = List.of(
                SetRecords.set("s1", "a1", SQUAT, "2026-03-02T18:00:00Z", "UTC", 5, 100.0, null, null),
                SetRecords.set("s2", "a2", SQUAT, "2026-03-02T18:00:00Z", "UTC", 5, 100.0, null, null),
                SetRecords.set("s3", "a1", SQUAT, "2026-03-02T18:01:00Z", "UTC", 5, 100.0, null, null),
                SetRecords.set("s4", "a3", SQUAT, "2026-03-02T18:00:00Z", "UTC", 5, 100.0, null, null),
                SetRecords.set("s5", "a2", SQUAT, "2026-03-02T18:01:00Z", "UTC", 5, 100.0, null, null));
        DecodedBatch batch = DecodedBatch.of(sets.stream().map(set -> record(set, sets.indexOf(set))).toList(), PinnedClock.now());

        List<DecodedBatch> shares = batch.byAthlete(2);

        assertEquals(5, shares.stream().mapToInt(DecodedBatch::size).sum());
        for (DecodedBatch share : shares) {
            List<Long> offsets = share.records().stream().map(ConsumerRecord::offset).toList();
            assertEquals(offsets.stream().sorted().toList(), offsets);
        }
        for (String athlete : List.of("a1", "a2", "a3")) {
            assertEquals(1, shares.stream().filter(share -> share.sets().stream()
                    .anyMatch(set -> set.event().athleteId().equals(athlete))).count(), athlete + " in one share only");
        }
    }

    @Test
    void anIdUnderTwoAthletesKeepsBothInTheFirstShareSoThatItsFirstCopyWins() {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            records.add(record(SetRecords.set("own-" + i, "athlete-" + i, SQUAT, "2026-03-02T18:00:00Z", "UTC", 5, 100.0, null, null), i));
        }
        records.add(record(SetRecords.set("shared", "athlete-7", SQUAT, "2026-03-02T18:00:00Z", "UTC", 5, 100.0, null, null), 40));
        records.add(record(SetRecords.set("shared", "athlete-8", SQUAT, "2026-03-02T18:00:00Z", "UTC", 9, 100.0, null, null), 41));

        List<DecodedBatch> shares = DecodedBatch.of(records, PinnedClock.now()).byAthlete(2);

        List<String> firstShareAthletes = shares.get(0).sets().stream().map(set -> set.event().athleteId()).toList();
        assertTrue(firstShareAthletes.containsAll(List.of("athlete-7", "athlete-8")));
        assertEquals(List.of("athlete-7"), shares.get(0).sets().stream().filter(set -> set.event().eventId().equals("shared"))
                .map(set -> set.event().athleteId()).toList());
        assertEquals(2, shares.size());
    }

    @Test
    void aBatchFollowedByAnotherHoldsBothInOrderWithTheirRefusals() {
        SetCompleted negative = SetRecords.set("e2", "a1", SQUAT, "2026-03-02T18:00:00Z", "UTC", -1, null, null, null);
        DecodedBatch first = DecodedBatch.of(List.of(record(ORIGINAL, 1), record(negative, 2)), PinnedClock.now());
        DecodedBatch second = DecodedBatch.of(List.of(record(OTHER, 3)), PinnedClock.now());

        DecodedBatch both = first.followedBy(second);

        assertEquals(List.of(1L, 3L), both.records().stream().map(ConsumerRecord::offset).toList());
        assertEquals(List.of(ORIGINAL), both.sets().stream().map(PerformedSet::event).toList());
        assertEquals(List.of(2L), both.rejected().stream().map(d -> d.record().offset()).toList());
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
