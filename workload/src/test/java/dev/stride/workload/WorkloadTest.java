package dev.stride.workload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.stride.contracts.sets.SetCompleted;
import org.junit.jupiter.api.Test;

class WorkloadTest {
    private static final WorkloadConfig CONFIG = WorkloadConfig.defaults().withAthletes(2_000).withRecords(100_000)
            .withLastDay(LocalDate.parse("2026-11-22"));

    private static List<WorkloadRecord> generate(WorkloadConfig config) {
        List<WorkloadRecord> records = new ArrayList<>();
        new Workload(config).forEachRemaining(records::add);
        return records;
    }

    @Test
    void theSameSeedGivesTheSameRecordsByteForByte() {
        List<WorkloadRecord> first = generate(CONFIG.withRecords(5_000));
        List<WorkloadRecord> second = generate(CONFIG.withRecords(5_000));

        assertEquals(5_000, first.size());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i).value(), second.get(i).value());
            assertEquals(first.get(i).athleteId(), second.get(i).athleteId());
        }
        assertFalse(generate(CONFIG.withRecords(5_000).withSeed(7)).get(0).eventId().equals(first.get(0).eventId()));
    }

    @Test
    void mixesDuplicatesVoidsPoisonAndLateSetsAtTheConfiguredRates() {
        List<WorkloadRecord> records = generate(CONFIG);
        Truth truth = new Truth();
        records.forEach(truth::record);

        long sets = records.stream().filter(r -> r.kind() == WorkloadRecord.Kind.SET).count();
        assertEquals(100_000, records.size());
        assertBetween(0.006, 0.014, (sets - truth.distinctSets()) / (double) records.size(), "duplicates");
        assertBetween(0.003, 0.007, records.stream().filter(r -> r.kind() == WorkloadRecord.Kind.VOID).count() / 1e5, "voids");
        assertBetween(0.0005, 0.0016, truth.deadLetters() / 1e5, "poison");
        assertBetween(0.025, 0.055, lateShare(records), "sets arriving over 60 h after later ones");
    }

    @Test
    void aConflictAlwaysArrivesAfterTheSetWhoseIdItReuses() {
        List<WorkloadRecord> records = generate(CONFIG);
        Map<String, Integer> firstSeen = new HashMap<>();
        int conflicts = 0;
        for (int i = 0; i < records.size(); i++) {
            WorkloadRecord record = records.get(i);
            if (record.kind() == WorkloadRecord.Kind.SET) {
                firstSeen.putIfAbsent(record.eventId(), i);
            } else if (record.kind() == WorkloadRecord.Kind.POISON && firstSeen.containsKey(record.eventId())) {
                conflicts++;
            }
        }
        Set<String> poisonIds = new HashSet<>();
        records.stream().filter(r -> r.kind() == WorkloadRecord.Kind.POISON).forEach(r -> poisonIds.add(r.eventId()));
        long reusedBeforeOriginal = records.stream().filter(r -> r.kind() == WorkloadRecord.Kind.SET)
                .filter(r -> poisonIds.contains(r.eventId())).filter(r -> !firstSeen.containsKey(r.eventId())).count();
        assertTrue(conflicts > 5, "conflicts: " + conflicts);
        assertEquals(0, reusedBeforeOriginal);
    }

    @Test
    void everyExerciseHasAFixedIdAndADefinition() {
        assertEquals("Single Leg Deadlift", ArticleExercises.ALL.get(0).name());
        assertEquals(UUID.fromString("e81a4405-717f-34a2-98a8-78f4974bce12"), ArticleExercises.ALL.get(0).id());
        assertEquals(9, ArticleExercises.definitions(Instant.EPOCH).stream().map(d -> d.id()).distinct().count());
    }

    private static double lateShare(List<WorkloadRecord> records) {
        Instant latest = Instant.MIN;
        long late = 0;
        long sets = 0;
        for (WorkloadRecord record : records) {
            if (record.kind() == WorkloadRecord.Kind.SET) {
                Instant at = ((SetCompleted) record.event()).completedAt().toInstant();
                late += at.plusSeconds(60 * 3600).isBefore(latest) ? 1 : 0;
                latest = at.isAfter(latest) ? at : latest;
                sets++;
            }
        }
        return late / (double) sets;
    }

    private static void assertBetween(double min, double max, double actual, String what) {
        assertTrue(actual >= min && actual <= max, what + " " + actual + " not in [" + min + ", " + max + "]");
    }
}
