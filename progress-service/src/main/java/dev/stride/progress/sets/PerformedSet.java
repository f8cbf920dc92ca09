package dev.stride.progress.sets;

import java.time.LocalDate;

import dev.stride.contracts.sets.SetCompleted;
import dev.stride.progress.volume.SetVolume;

/**
 * A valid completed set with its local calendar day (in the set's own time zone, so DST and
 * midnight fall where the athlete lives) and a fingerprint of its content that tells a
 * re-delivery (same id, same content) from a conflict (same id, other content).
 */
public record PerformedSet(SetCompleted event, LocalDate day, long fingerprint) {

    public static PerformedSet of(SetCompleted event) {
        LocalDate day = event.completedAt().atZoneSameInstant(SetRules.zone(event.timeZone())).toLocalDate();
        return new PerformedSet(event, day, SetFingerprint.of(event));
    }

    public SetVolume volume() {
        return SetVolume.of(event.reps(), event.loadKg(), event.durationSeconds(), event.distanceMeters(), event.side());
    }
}
