package dev.stride.progress.sets;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

import dev.stride.contracts.sets.SetCompleted;

/**
 * FNV-1a, 64 bits, over the text of {@link SetCompleted#toString()} ({@code SetCompleted[eventId=...,
 * athleteId=..., ...]}): stable across JVMs, unlike {@code hashCode} of records holding enums, and
 * equal to the fingerprints already stored. The text is built here with a {@link StringBuilder}
 * because the record's own {@code toString()} goes through {@code String.format} (~12 µs per set).
 */
final class SetFingerprint {
    private static final RecordComponent[] COMPONENTS = SetCompleted.class.getRecordComponents();

    private SetFingerprint() {
    }

    static long of(SetCompleted event) {
        StringBuilder text = new StringBuilder(320).append(SetCompleted.class.getSimpleName()).append('[');
        for (int i = 0; i < COMPONENTS.length; i++) {
            text.append(i == 0 ? "" : ", ").append(COMPONENTS[i].getName()).append('=').append(value(COMPONENTS[i], event));
        }
        return fnv1a(text.append(']'));
    }

    static long fnv1a(CharSequence content) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < content.length(); i++) {
            hash ^= content.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static Object value(RecordComponent component, SetCompleted event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
