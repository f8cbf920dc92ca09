package dev.stride.progress.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.OffsetDateTime;
import java.util.UUID;

import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.Side;
import org.junit.jupiter.api.Test;

class SetFingerprintTest {
    private static final UUID SQUAT = UUID.fromString("7b0c2a4e-8d7f-4c1e-9a55-3f1d2e6b9c10");
    private static final SetCompleted FULL = new SetCompleted("e1", "a1", SQUAT, OffsetDateTime.parse("2026-03-02T18:00:30.5+01:00"),
            "Europe/Berlin", 10, 62.5, 30, 12.75, Side.LEFT, 8.5, UUID.randomUUID(), UUID.randomUUID(), 3, "watch");
    private static final SetCompleted SPARSE = new SetCompleted("e2", "a1", SQUAT, OffsetDateTime.parse("2026-03-02T18:00:00Z"),
            "UTC", 5, null, null, null, null, null, null, null, null, null);

    @Test
    void equalsTheFingerprintOfTheRecordsOwnTextSoStoredFingerprintsStayValid() {
        assertEquals(SetFingerprint.fnv1a(FULL.toString()), SetFingerprint.of(FULL));
        assertEquals(SetFingerprint.fnv1a(SPARSE.toString()), SetFingerprint.of(SPARSE));
    }

    @Test
    void isTheSameAcrossJvmsForTheSameContent() {
        assertEquals(0x39fe5aca286149d8L, SetFingerprint.of(SPARSE));
    }

    @Test
    void tellsOtherContentUnderTheSameIdApart() {
        SetCompleted moreReps = new SetCompleted("e2", "a1", SQUAT, SPARSE.completedAt(), "UTC", 6,
                null, null, null, null, null, null, null, null, null);
        SetCompleted otherOffset = new SetCompleted("e2", "a1", SQUAT, OffsetDateTime.parse("2026-03-02T19:00:00+01:00"), "UTC", 5,
                null, null, null, null, null, null, null, null, null);
        assertNotEquals(SetFingerprint.of(SPARSE), SetFingerprint.of(moreReps));
        assertNotEquals(SetFingerprint.of(SPARSE), SetFingerprint.of(otherOffset));
    }
}
