package dev.stride.progress.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.Side;
import dev.stride.progress.sets.PerformedSet;
import dev.stride.progress.sets.StoredSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SetVolumeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // what                              | reps | load | hold | dist | side  | sets | reps | tonnage | hold | distance
            "back squat 5 x 100 kg               | 5    | 100  | -    | -    | -     | 1    | 5    | 500     | 0    | 0",
            "split squat 8 per side with 12.5 kg | 8    | 12.5 | -    | -    | BOTH  | 1    | 16   | 200     | 0    | 0",
            "single-leg hop 10 on the left       | 10   | -    | -    | -    | LEFT  | 1    | 10   | 0       | 0    | 0",
            "side plank 30 s per side            | -    | -    | 30   | -    | BOTH  | 1    | 0    | 0       | 60   | 0",
            "plank 45 s, bodyweight              | -    | -    | 45   | -    | -     | 1    | 0    | 0       | 45   | 0",
            "walking lunge 20 m                  | 12   | -    | -    | 20.5 | -     | 1    | 12   | 0       | 0    | 20.5"})
    void countsWhatWasPerformed(String what, Integer reps, Double load, Integer hold, Double distance, Side side,
                                long sets, long totalReps, BigDecimal tonnage, long totalHold, BigDecimal totalDistance) {
        SetVolume volume = SetVolume.of(reps, load, hold, distance, side);
        assertEquals(sets, volume.sets());
        assertEquals(totalReps, volume.reps());
        assertEquals(0, tonnage.compareTo(volume.tonnageKg()), "tonnage " + volume.tonnageKg());
        assertEquals(totalHold, volume.holdSeconds());
        assertEquals(0, totalDistance.compareTo(volume.distanceMeters()), "distance " + volume.distanceMeters());
    }

    @Test
    void aVoidedSetTakesBackExactlyWhatItAdded() {
        UUID squat = UUID.randomUUID();
        SetCompleted event = new SetCompleted("e1", "a1", squat, OffsetDateTime.parse("2026-03-01T10:00:00+01:00"),
                "Europe/Berlin", 8, 22.5, null, null, Side.BOTH, null, null, null, null, null);
        PerformedSet kept = PerformedSet.of(event);
        PerformedSet voided = PerformedSet.of(new SetCompleted("e2", "a1", squat, event.completedAt(), "Europe/Berlin",
                5, 30.0, null, null, null, null, null, null, null, null));
        VolumeDeltas deltas = new VolumeDeltas();
        deltas.add(kept);
        deltas.add(voided);
        deltas.subtract(new StoredSet("e2", "a1", squat, voided.day(), 5, 30.0, null, null, null));

        SetVolume day = deltas.changes().get(new VolumeDeltas.Key("a1", kept.day(), squat));
        assertEquals(1, day.sets());
        assertEquals(16, day.reps());
        assertEquals(0, new BigDecimal("360").compareTo(day.tonnageKg()));
    }
}
