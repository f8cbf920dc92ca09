package dev.stride.progress.transfer;

import dev.stride.contracts.sets.Side;
import java.util.Locale;

/**
 * Strong and Hevy have no column for the side of a unilateral set, so it travels in the notes as
 * {@code side: left|right|both}, alone or after the other notes and {@code "; "}.
 */
final class SideMarker {

    private static final String PREFIX = "side: ";
    private static final String SEPARATOR = "; ";

    /** Notes read from a file, split into the side they carried (or null) and the rest (null if nothing else). */
    record Noted(String notes, Side side) {
    }

    private SideMarker() {
    }

    static String appended(String notes, Side side) {
        if (side == null) {
            return notes;
        }
        return notes == null || notes.isEmpty() ? marker(side) : notes + SEPARATOR + marker(side);
    }

    static Noted split(String notes) {
        for (Side side : Side.values()) {
            String marker = marker(side);
            if (notes != null && notes.equals(marker)) {
                return new Noted(null, side);
            }
            if (notes != null && notes.endsWith(SEPARATOR + marker)) {
                String rest = notes.substring(0, notes.length() - marker.length() - SEPARATOR.length());
                return new Noted(rest.isBlank() ? null : rest, side);
            }
        }
        return new Noted(notes, null);
    }

    private static String marker(Side side) {
        return PREFIX + side.name().toLowerCase(Locale.ROOT);
    }
}
