package dev.stride.progress.volume;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /athletes/{id}/volume}: buckets in date order, each with its total and items. */
public record VolumeView(String athleteId, LocalDate from, LocalDate to, String bucket, String by,
                         List<Bucket> buckets) {

    /** One day or ISO week ({@code label} 2026-W10); items sorted by key. */
    public record Bucket(LocalDate start, LocalDate end, String label, VolumeItem total, List<VolumeItem> items) {
    }
}
