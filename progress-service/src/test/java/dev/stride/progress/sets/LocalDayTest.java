package dev.stride.progress.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import dev.stride.contracts.sets.SetCompleted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The day a set counts for is the athlete's local calendar day, DST included. */
class LocalDayTest {

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            // one instant near midnight, two time zones
            "2026-03-01T23:30:00Z      | Europe/Berlin    | 2026-03-02",
            "2026-03-01T23:30:00Z      | America/New_York | 2026-03-01",
            "2026-03-01T00:30:00+01:00 | Asia/Tokyo       | 2026-03-01",
            // US spring forward, 2026-03-08: after it New York is UTC-4, so 04:30Z is already the 9th
            "2026-03-08T06:59:00Z      | America/New_York | 2026-03-08",
            "2026-03-09T03:59:00Z      | America/New_York | 2026-03-08",
            "2026-03-09T04:30:00Z      | America/New_York | 2026-03-09",
            // EU fall back, 2026-10-25: before it Berlin is UTC+2, after it UTC+1
            "2026-10-24T22:30:00Z      | Europe/Berlin    | 2026-10-25",
            "2026-10-25T22:30:00Z      | Europe/Berlin    | 2026-10-25",
            "2026-10-25T23:00:00Z      | Europe/Berlin    | 2026-10-26"})
    void dayInTheAthletesZone(OffsetDateTime completedAt, String zone, LocalDate day) {
        SetCompleted set = new SetCompleted("e", "a", UUID.randomUUID(), completedAt, zone, 5, null, null, null,
                null, null, null, null, null, null);
        assertEquals(day, PerformedSet.of(set).day());
    }
}
