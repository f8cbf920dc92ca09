package dev.stride.progress.summary;

import java.time.LocalDate;
import java.util.List;

import dev.stride.progress.records.PersonalRecord;
import dev.stride.progress.streak.StreaksView;
import dev.stride.progress.volume.VolumeItem;
import dev.stride.progress.volume.VolumeView;

/** {@code GET /athletes/{id}/summary}: streaks, this week by exercise, all-time totals and records. */
public record SummaryView(String athleteId, String timeZone, LocalDate today, StreaksView streaks,
                          VolumeView.Bucket thisWeek, VolumeItem totals, List<PersonalRecord> records) {
}
