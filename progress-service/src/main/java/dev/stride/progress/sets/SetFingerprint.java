package dev.stride.progress.sets;

import dev.stride.contracts.sets.SetCompleted;

/**
 * FNV-1a, 64 bits, over the text of {@link SetCompleted#toString()} ({@code SetCompleted[eventId=...,
 * athleteId=..., ...]}): stable across JVMs, unlike {@code hashCode} of records holding enums, and
 * equal to the fingerprints already stored. The text is built here by concatenation because the
 * record's own {@code toString()} goes through {@code String.format} (~12 µs per set).
 */
final class SetFingerprint {

    private SetFingerprint() {
    }

    static long of(SetCompleted e) {
        return fnv1a("SetCompleted[eventId=" + e.eventId() + ", athleteId=" + e.athleteId()
                + ", exerciseId=" + e.exerciseId() + ", completedAt=" + e.completedAt() + ", timeZone=" + e.timeZone()
                + ", reps=" + e.reps() + ", loadKg=" + e.loadKg() + ", durationSeconds=" + e.durationSeconds()
                + ", distanceMeters=" + e.distanceMeters() + ", side=" + e.side() + ", rpe=" + e.rpe()
                + ", planId=" + e.planId() + ", sessionId=" + e.sessionId() + ", setNumber=" + e.setNumber()
                + ", source=" + e.source() + "]");
    }

    static long fnv1a(String content) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < content.length(); i++) {
            hash ^= content.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
